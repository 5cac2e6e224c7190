package gopatterns.event;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBusTest {

    record Ping(long seq, long at, String from) implements GoEvent {}

    private final VirtualClock clock = VirtualClock.manual();
    private final EventBus<Ping> bus = new EventBus<>(clock);

    @AfterEach
    void closeClock() {
        clock.close();
    }

    @Test
    void eventsAreNumberedInDeliveryOrderAcrossThreadsAndEveryListenerSeesThatOrder()
            throws InterruptedException {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        // Delivery is serialised by the bus: plain lists suffice.
        bus.subscribe(e -> first.add(e.seq()));
        bus.subscribe(e -> second.add(e.seq()));
        int threads = 4;
        int each = 20_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "publisher-" + t;
            publishers.add(Thread.ofPlatform().name(name).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    bus.publish((s, at) -> new Ping(s, at, name));
                }
            }));
        }
        go.countDown();
        for (Thread t : publishers) {
            t.join();
        }

        assertThat(first).hasSize(threads * each);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).isEqualTo(i + 1L);
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void eventsAreStampedWithTheVirtualTimeOfPublication() {
        List<Ping> seen = new ArrayList<>();
        bus.subscribe(seen::add);
        bus.publish((s, at) -> new Ping(s, at, "a"));
        clock.advance(Duration.ofMillis(1500));
        bus.publish((s, at) -> new Ping(s, at, "b"));

        assertThat(seen).extracting(Ping::at).containsExactly(0L, 1_500_000_000L);
        assertThat(seen.get(0).type()).isEqualTo("Ping");
    }

    @Test
    void withoutListenersNoEventIsBuiltOrNumbered() {
        AtomicInteger built = new AtomicInteger();
        EventBus.Maker<Ping> counting = (s, at) -> {
            built.incrementAndGet();
            return new Ping(s, at, "x");
        };

        bus.publish(counting);
        assertThat(built).hasValue(0);
        assertThat(bus.observed()).isFalse();

        List<Ping> seen = new ArrayList<>();
        EventBus.Subscription a = bus.subscribe(seen::add);
        EventBus.Subscription b = bus.subscribe(e -> { });
        bus.publish(counting);
        assertThat(built).as("built once, whatever the number of listeners").hasValue(1);
        assertThat(seen).singleElement().extracting(Ping::seq).isEqualTo(1L);

        a.close();
        b.close();
        bus.publish(counting);
        assertThat(built).hasValue(1);
        assertThat(seen).hasSize(1);
    }

    @Test
    void aThrowingListenerBreaksNeitherThePublisherNorTheOtherListeners() throws InterruptedException {
        List<Ping> seen = new ArrayList<>();
        bus.subscribe(e -> {
            throw new IllegalStateException("broken view");
        });
        bus.subscribe(seen::add);
        AtomicReference<Throwable> reported = new AtomicReference<>();
        AtomicReference<Throwable> escaped = new AtomicReference<>();

        Thread publisher = Thread.ofPlatform().unstarted(() -> {
            try {
                bus.publish((s, at) -> new Ping(s, at, "a"));
                bus.publish((s, at) -> new Ping(s, at, "b"));
            } catch (Throwable t) {
                escaped.set(t);
            }
        });
        publisher.setUncaughtExceptionHandler((t, e) -> reported.set(e));
        publisher.start();
        publisher.join();

        assertThat(escaped.get()).isNull();
        assertThat(seen).extracting(Ping::from).containsExactly("a", "b");
        assertThat(reported.get()).isInstanceOf(IllegalStateException.class).hasMessage("broken view");
    }

    @Test
    void everyListenerGetsEveryEventFromItsSubscriptionUntilItsClose() {
        List<Ping> first = new ArrayList<>();
        List<Ping> second = new ArrayList<>();
        EventBus.Subscription one = bus.subscribe(first::add);
        ping("a");
        bus.subscribe(second::add);
        ping("b");
        one.close();
        ping("c");

        assertThat(first).extracting(Ping::from).containsExactly("a", "b");
        assertThat(second).extracting(Ping::from).containsExactly("b", "c");
        assertThat(second.get(0)).as("one event object for all listeners").isSameAs(first.get(1));
    }

    @Test
    void theSameListenerTwiceGetsEachEventTwiceUntilOneSubscriptionCloses() {
        List<Ping> seen = new ArrayList<>();
        EventBus.Subscription other = bus.subscribe(seen::add);
        // One method reference evaluated once: the very same listener object, subscribed twice.
        Consumer<Ping> same = seen::add;
        bus.subscribe(same);
        EventBus.Subscription again = bus.subscribe(same);
        ping("a");
        again.close();
        ping("b");
        other.close();
        ping("c");

        assertThat(seen).extracting(Ping::from).containsExactly("a", "a", "a", "b", "b", "c");
    }

    private void ping(String from) {
        bus.publish((s, at) -> new Ping(s, at, from));
    }
}
