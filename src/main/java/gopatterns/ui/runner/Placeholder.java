package gopatterns.ui.runner;

/** Keeps this package in the module until it holds real code; delete it then. */
final class Placeholder {
    private Placeholder() {
    }
}
