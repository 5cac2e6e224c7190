/** Goroutine lanes over virtual time, as Go's execution tracer draws them, for the runner and the pool. */
package gopatterns.ui.lanes;
