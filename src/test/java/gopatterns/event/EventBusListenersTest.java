package gopatterns.event;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who gets which events as listeners come and go. */
class EventBusListenersTest {

    record Tick(long seq, long at, String what) implements GoEvent {}

    private final VirtualClock clock = VirtualClock.manual();
    private final EventBus<Tick> bus = new EventBus<>(clock);

    @AfterEach
    void closeClock() {
        clock.close();
    }

    private void publish(String what) {
        bus.publish((s, at) -> new Tick(s, at, what));
    }

    private static List<String> whats(List<Tick> ticks) {
        return ticks.stream().map(Tick::what).toList();
    }

    @Test
    void everyListenerGetsEveryEventFromItsSubscriptionUntilItsClose() {
        List<Tick> first = new ArrayList<>();
        List<Tick> second = new ArrayList<>();
        publish("unseen");
        EventBus.Subscription one = bus.subscribe(first::add);
        publish("a");
        bus.subscribe(second::add);
        publish("b");
        one.close();
        publish("c");

        assertThat(whats(first)).containsExactly("a", "b");
        assertThat(whats(second)).containsExactly("b", "c");
        assertThat(second.get(0)).isSameAs(first.get(1));
        assertThat(second.get(1).seq()).isEqualTo(second.get(0).seq() + 1);
    }

    @Test
    void nothingIsBuiltOrNumberedWhileNobodyListens() {
        List<Tick> seen = new ArrayList<>();
        bus.publish((s, at) -> {
            throw new AssertionError("built an event nobody listens to");
        });
        EventBus.Subscription s = bus.subscribe(seen::add);
        publish("a");
        s.close();
        assertThat(bus.observed()).isFalse();
        bus.publish((seq, at) -> {
            throw new AssertionError("built an event after the last listener left");
        });
        bus.subscribe(seen::add);
        publish("b");

        assertThat(seen).extracting(Tick::seq).containsExactly(1L, 2L);
    }

    @Test
    void theSameListenerTwiceGetsEachEventTwiceUntilOneSubscriptionCloses() {
        List<Tick> seen = new ArrayList<>();
        EventBus.Subscription one = bus.subscribe(seen::add);
        // A method reference evaluated once: the very same listener object subscribed twice.
        Consumer<Tick> same = seen::add;
        bus.subscribe(same);
        EventBus.Subscription again = bus.subscribe(same);
        publish("a");
        again.close();
        publish("b");
        one.close();
        publish("c");

        assertThat(whats(seen)).containsExactly("a", "a", "a", "b", "b", "c");
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthersOrThePublisher() {
        List<Tick> seen = new ArrayList<>();
        List<Throwable> reported = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            bus.subscribe(e -> {
                throw new IllegalStateException("broken view");
            });
            bus.subscribe(seen::add);
            publish("a");
            publish("b");
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }

        assertThat(whats(seen)).containsExactly("a", "b");
        assertThat(reported).hasSize(2).allMatch(e -> e.getMessage().equals("broken view"));
    }
}
