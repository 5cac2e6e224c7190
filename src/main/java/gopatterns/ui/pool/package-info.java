/** The pool pattern view. */
package gopatterns.ui.pool;
