/** Shared JavaFX user interface code. */
package gopatterns.ui;
