/**
 * Questions asked before a run ("What will Start return?") and the rules that read the right answer from the
 * run's events. Toolkit-free: a rule is a fold of the events, like the views' folds, so the same history always
 * gives the same answer and the same deciding event.
 */
package gopatterns.history.predict;
