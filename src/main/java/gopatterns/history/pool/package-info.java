/**
 * The pool view's state as a fold of a run's events ({@link gopatterns.history.pool.PoolFold}): plain Java,
 * no UI toolkit, so that any prefix of a run can be folded again and tested on its own.
 */
package gopatterns.history.pool;
