/**
 * Recordings of a run: the page's view rendered offscreen frame by frame on a manual clock and written as an
 * animated GIF, an H.264 MP4 or a folder of numbered PNGs. The same settings give the same bytes every time.
 */
package gopatterns.ui.record;
