/** The runner pattern view. */
package gopatterns.ui.runner;
