/** The application window and its navigation. */
package gopatterns.ui.shell;
