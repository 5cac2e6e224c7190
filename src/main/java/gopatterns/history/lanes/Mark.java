package gopatterns.history.lanes;

/** An instant on a lane, {@code at} ns after the run's start; {@code detail} as the kind says, else -1. */
public record Mark(long at, MarkKind kind, long detail) {}
