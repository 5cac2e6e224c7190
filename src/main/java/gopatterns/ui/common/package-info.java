/** Controls and helpers shared by the runner and pool views. */
package gopatterns.ui.common;
