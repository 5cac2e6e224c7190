package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoEvent;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.BoundedDoubleProperty;
import gopatterns.ui.common.BoundedIntegerProperty;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.DurationKind;
import gopatterns.ui.runner.RunnerModel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A class's hands on the app: thousands of random actions on both views (transport, interrupt, close,
 * parameters to their extremes, presets, modes, theme, language, page switches, moving the clocks), with the
 * app's invariants checked after every one. Reproducible from its seed, which a failure prints:
 *
 * <pre>mvn -B test -Dtest=RandomActionsTest -Drobust.seed=N -Drobust.actions=M</pre>
 */
class RandomActionsTest extends ShellTestBase {

    static final long DEFAULT_SEED = 20_261_127L;
    static final int DEFAULT_ACTIONS = 2_000;
    /** Longest an FX round-trip may take before the app counts as frozen. */
    static final long RESPONSIVE_SECONDS = 20;
    /** Most actions between two frames. */
    static final int MAX_BURST = 4;

    private CrashGuard guard;
    private SplittableRandom random;
    private final ArrayDeque<String> trail = new ArrayDeque<>();
    private int actionsDone;
    private int bigRuns;

    @Start
    void start(Stage stage) {
        guard = CrashGuard.install(message -> fx.shell.window().showError(message));
        open(stage);
    }

    @Test
    void anySequenceOfActionsKeepsTheAppConsistent() {
        long seed = Long.getLong("robust.seed", DEFAULT_SEED);
        int actions = Integer.getInteger("robust.actions", DEFAULT_ACTIONS);
        random = new SplittableRandom(seed);
        long began = System.nanoTime();
        int bursts = 0;
        try {
            burst(List.of(new Step("check", () -> { })));
            while (actionsDone < actions) {
                int n = Math.min(actions - actionsDone, 1 + random.nextInt(MAX_BURST));
                List<Step> steps = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    steps.add(nextAction());
                }
                burst(steps);
                bursts++;
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("random actions failed with -Drobust.seed=" + seed + " after " + actionsDone
                    + " actions; the last ones:\n  " + String.join("\n  ", trail) + "\n" + e, e);
        } finally {
            fx.robot.interact(guard::uninstall);
        }
        System.out.printf(Locale.ROOT, "RandomActionsTest: seed %d, %d actions in %d bursts (%d settings of 10,000"
                + " workers) in %.1f s%n", seed, actionsDone, bursts, bigRuns, (System.nanoTime() - began) / 1e9);
        assertThat(actionsDone).isEqualTo(actions);
    }

    /** An action, named for the failure report; it runs on the FX thread. */
    private record Step(String name, Runnable run) {}

    /**
     * A few actions between two frames, as many hands at once would press: each action is followed by the
     * invariants, and the burst by an FX round-trip that must complete (the app is responsive).
     */
    private void burst(List<Step> steps) {
        onFx(() -> {
            for (Step step : steps) {
                record(step.name());
                step.run().run();
                checkNow();
                actionsDone++;
            }
            return null;
        });
        assertThat(guard.caught()).as("uncaught exceptions").isEmpty();
    }

    // ---------------------------------------------------------------- actions

    private Step nextAction() {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return new Step("start", () -> fx.shell.model().start());
        } else if (roll < 16) {
            return new Step("pause/resume", () -> fx.shell.startOrPause());
        } else if (roll < 23) {
            return new Step("step", () -> fx.shell.step());
        } else if (roll < 28) {
            return resetOrSwitch("reset", () -> fx.shell.reset());
        } else if (roll < 33) {
            return new Step("interrupt", () -> fx.shell.interrupt());
        } else if (roll < 37) {
            return new Step("close pool", fx.pool::closePool);
        } else if (roll < 55) {
            return parameter();
        } else if (roll < 59) {
            int pick = random.nextInt(1_000);
            return new Step("preset " + pick, () -> {
                @SuppressWarnings("unchecked")
                ComboBox<Preset> box = (ComboBox<Preset>) fx.robot.lookup("#presetBox").query();
                box.setValue(box.getItems().get(pick % box.getItems().size()));
            });
        } else if (roll < 63) {
            return mode();
        } else if (roll < 65) {
            Theme t = Theme.values()[random.nextInt(Theme.values().length)];
            return new Step("theme " + t, () -> fx.shell.setTheme(t));
        } else if (roll < 66) {
            Locale l = I18n.SUPPORTED.get(random.nextInt(I18n.SUPPORTED.size()));
            return new Step("language " + l, () -> fx.shell.setLocale(l));
        } else if (roll < 69) {
            return resetOrSwitch("page switch", () -> fx.shell.selectPage(
                    (fx.shell.selectedProperty().get() + 1) % fx.shell.pages().size()));
        } else if (roll < 72) {
            return speed();
        } else if (roll < 92) {
            return advance();
        } else {
            boolean shown = random.nextInt(5) > 0;
            return new Step("run the " + (shown ? "shown" : "other") + " page's clock until idle", () -> {
                VirtualClock c = clock(shown);
                if (slowRun(c)) {
                    c.advance(Duration.ofMillis(20));
                } else {
                    c.runUntilIdle();
                }
            });
        }
    }

    /**
     * Reset and page switches stop every thread of the run they leave at once (the runner's leaked one
     * included), and every connection the pool's demo made has been closed exactly once.
     */
    private Step resetOrSwitch(String name, Runnable action) {
        return new Step(name, () -> {
            PoolDemo demo = fx.shell.page() == fx.shell.pages().get(1) ? fx.pool.demo() : null;
            VirtualClock left = fx.shell.model().clock();
            action.run();
            left.awaitSettled();
            assertThat(left.liveParticipants()).as("threads left after " + name).isEmpty();
            if (demo != null) {
                assertThat(demo.pool().stats().balanced()).isTrue();
                for (PoolDemo.Connection c : demo.connections()) {
                    assertThat(c.closes().get()).as("closes of connection " + c.id() + " after " + name).isEqualTo(1);
                }
            }
        });
    }

    private Step advance() {
        boolean shown = random.nextInt(5) > 0;
        int kind = random.nextInt(10);
        long nanos = kind < 5 ? random.nextLong(1_000_000_000L)
                : kind < 8 ? random.nextLong(1_000_000_000L, 5_000_000_000L)
                : kind < 9 ? random.nextLong(1, 1_000_000L)
                : random.nextLong(60_000_000_000L);
        return new Step("advance the " + (shown ? "shown" : "other") + " page's clock by " + nanos + " ns", () -> {
            VirtualClock c = clock(shown);
            c.advance(Duration.ofNanos(slowRun(c) ? Math.min(nanos, 20_000_000L) : nanos));
        });
    }

    /** A manual clock moves on the FX thread too: it only waits for the runs' own threads. */
    private VirtualClock clock(boolean shown) {
        boolean runner = (fx.shell.selectedProperty().get() == 0) == shown;
        return runner ? fx.runnerClock() : fx.poolClock();
    }

    /**
     * Thousands of workers at a cap of a few connections take thousands of instants, each waking every
     * waiter: the app goes through them at its own pace, a test only looks at a short stretch.
     */
    private boolean slowRun(VirtualClock c) {
        PoolDemo.Params p = fx.pool.runParamsProperty().get();
        return c == fx.poolClock() && p != null && p.workers() > 1_000 && p.mode() == PoolMode.BOUNDED;
    }

    private Step speed() {
        int kind = random.nextInt(4);
        double extreme = random.nextBoolean() ? -3 : 50;
        return switch (kind) {
            case 0 -> new Step("faster", () -> fx.shell.faster());
            case 1 -> new Step("slower", () -> fx.shell.slower());
            default -> new Step("speed " + extreme, () -> {
                fx.shell.model().speedProperty().set(extreme);
                assertThat(fx.shell.model().speedProperty().get())
                        .isBetween(VirtualClock.MIN_SPEED, VirtualClock.MAX_SPEED);
            });
        };
    }

    private Step mode() {
        if (random.nextBoolean()) {
            RunnerMode m = RunnerMode.values()[random.nextInt(RunnerMode.values().length)];
            return new Step("runner mode " + m, () -> fx.runner.modeProperty().set(m));
        }
        PoolMode m = PoolMode.values()[random.nextInt(PoolMode.values().length)];
        return new Step("pool mode " + m, () -> fx.pool.modeProperty().set(m));
    }

    /** A control moved to a random value, an end of its range, or past it (the property brings it back). */
    private Step parameter() {
        if (random.nextBoolean()) {
            RunnerModel r = fx.runner;
            return switch (random.nextInt(5)) {
                case 0 -> set("runner timeout", r.timeoutSecondsProperty(), r.timeoutSecondsProperty().max());
                case 1 -> set("runner tasks", r.taskCountProperty(), r.taskCountProperty().max());
                case 2 -> set("runner duration", r.durationSecondsProperty(), r.durationSecondsProperty().max());
                case 3 -> set("runner seed", r.seedProperty(), r.seedProperty().max());
                default -> {
                    DurationKind k = DurationKind.values()[random.nextInt(DurationKind.values().length)];
                    yield new Step("runner durations " + k, () -> r.durationKindProperty().set(k));
                }
            };
        }
        PoolModel p = fx.pool;
        return switch (random.nextInt(8)) {
            case 0 -> set("pool size", p.sizeProperty(), p.sizeProperty().max());
            case 1 -> workers(p);
            case 2 -> set("pool hold", p.holdMillisProperty(), 3_000);
            case 3 -> set("pool spread", p.spreadSecondsProperty(), 10);
            case 4 -> set("pool max total", p.maxTotalProperty(), 40);
            case 5 -> set("pool acquire timeout", p.acquireTimeoutMillisProperty(), 5_000);
            case 6 -> set("pool failure rate", p.failureRateProperty(), 1);
            default -> set("pool seed", p.seedProperty(), p.seedProperty().max());
        };
    }

    /** Mostly a class-sized crowd; now and then the most the app takes, with short holds so the run stays short. */
    private Step workers(PoolModel p) {
        if (random.nextInt(12) == 0) {
            bigRuns++;
            double spread = random.nextBoolean() ? 0 : 2;
            return new Step("pool workers past 10,000, hold 20 ms, spread " + spread + " s", () -> {
                p.workersProperty().set(PoolModel.MAX_WORKERS + 1);
                assertThat(p.workersProperty().get()).isEqualTo(PoolModel.MAX_WORKERS);
                p.holdMillisProperty().set(20);
                p.spreadSecondsProperty().set(spread);
            });
        }
        int n = random.nextInt(4) == 0 ? random.nextInt(-5, 300) : random.nextInt(1, 30);
        return new Step("pool workers " + n, () -> p.workersProperty().set(n));
    }

    private Step set(String name, BoundedIntegerProperty property, int usualMax) {
        int v = switch (random.nextInt(6)) {
            case 0 -> property.min();
            case 1 -> property.max();
            case 2 -> random.nextBoolean() ? property.min() - 1 - random.nextInt(100) : property.max() + 1;
            default -> random.nextInt(property.min(), Math.min(property.max(), usualMax) + 1);
        };
        return new Step(name + " " + v, () -> {
            property.set(v);
            assertThat(property.get()).isBetween(property.min(), property.max());
        });
    }

    private Step set(String name, BoundedDoubleProperty property, double usualMax) {
        double v = switch (random.nextInt(6)) {
            case 0 -> property.min();
            case 1 -> property.max();
            case 2 -> random.nextBoolean() ? property.min() - random.nextDouble(1, 100) : property.max() * 2 + 1;
            default -> random.nextDouble(property.min(), Math.min(property.max(), usualMax));
        };
        return new Step(name + " " + v, () -> {
            property.set(v);
            assertThat(property.get()).isBetween(property.min(), property.max());
        });
    }

    private void record(String action) {
        trail.addLast("#" + actionsDone + " " + action + " (page " + fx.shell.page().id() + ")");
        if (trail.size() > 25) {
            trail.removeFirst();
        }
    }

    // ---------------------------------------------------------------- invariants

    /** The invariants, on the FX thread: the clocks settle (their threads never wait for this thread). */
    private void checkNow() {
        fx.runnerClock().awaitSettled();
        fx.poolClock().awaitSettled();
        checkModel(fx.runner);
        checkModel(fx.pool);
        checkPool(fx.pool);
    }

    private static void checkModel(SimulationModel<?> m) {
        m.sync();
        assertThat(m.failureProperty().get()).as("failure shown").isEmpty();
        assertThat(m.bridge().pending()).as("events accepted but not delivered").isZero();
        assertThat(m.bridge().accepted()).as("accepted == delivered").isEqualTo(m.bridge().delivered());
        List<? extends GoEvent> history = m.history();
        if (!history.isEmpty()) {
            if (history.size() < SimulationModel.HISTORY_LIMIT) {
                assertThat(history.getFirst().seq()).as("first event of the run").isEqualTo(1);
            }
            long previous = history.getFirst().seq() - 1;
            for (GoEvent e : history) {
                if (e.seq() != previous + 1) {
                    throw new AssertionError("event " + e + " follows seq " + previous + ": lost or shown twice");
                }
                previous = e.seq();
            }
        }
        long previousLine = 0;
        for (SimulationModel.LogLine line : m.log()) {
            assertThat(line.seq()).as("log lines in order, each once").isGreaterThan(previousLine);
            previousLine = line.seq();
        }
    }

    /** At a settled moment the pool view's counters are the pool's own, and no connection is closed twice. */
    private static void checkPool(PoolModel m) {
        PoolDemo demo = m.demo();
        if (demo == null) {
            return;
        }
        PoolStats core = demo.pool().stats();
        assertThat(core.balanced()).as("core stats balanced: " + core).isTrue();
        assertThat(m.statsFromEvents()).as("view's counters vs the pool's").isEqualTo(core);
        assertThat(m.countersProperty().get()).as("counters shown vs the pool's").isEqualTo(core);
        for (PoolDemo.Connection c : demo.connections()) {
            if (c.closes().get() > 1) {
                throw new AssertionError("connection " + c.id() + " closed " + c.closes().get() + " times");
            }
        }
    }

    /** Runs on the FX thread and waits for it: a round-trip that does not complete means a frozen app. */
    private static <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(RESPONSIVE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within " + RESPONSIVE_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
