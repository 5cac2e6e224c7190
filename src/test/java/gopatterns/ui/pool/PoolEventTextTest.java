package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The caption over the workers and the window's explanation line are two lengths of one description: they
 * name the same worker and connection, ids as Go prints them (never grouped), counts grouped alike.
 */
class PoolEventTextTest {

    static List<Locale> languages() {
        return I18n.SUPPORTED;
    }

    @AfterEach
    void english() {
        I18n.localeProperty().set(I18n.ENGLISH);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void idsArePlainDigitsInTheCaptionAndTheExplanation(Locale language) {
        I18n.localeProperty().set(language);
        for (PoolEvent e : List.<PoolEvent>of(new PoolEvent.WorkerArrived(1, 0, 1234),
                new PoolEvent.WorkerAcquired(2, 0, 1234, 5678, false),
                new PoolEvent.WorkerQueried(3, 0, 1234, 5678))) {
            PoolEventText.Sentence s = PoolEventText.of(e);
            for (String text : List.of(s.caption(), s.explanation())) {
                assertThat(text).as(e.type()).contains("1234").doesNotContain("1,234");
            }
        }
        PoolEventText.Sentence released = PoolEventText.of(new PoolEvent.ReleasedToSlot(4, 0, 5678, 2));
        assertThat(released.caption()).contains("C5678");
        assertThat(released.explanation()).contains("C5678");
    }

    /** Every kind of event, with every value of its enum field (a wait's result, a close's cause). */
    static List<PoolEvent> everyEvent() throws ReflectiveOperationException {
        List<PoolEvent> all = new ArrayList<>();
        for (Class<?> type : PoolEvent.class.getPermittedSubclasses()) {
            RecordComponent[] parts = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> make = type.getDeclaredConstructor(types);
            Object[] enumValues = Arrays.stream(types).filter(Class::isEnum).findFirst()
                    .<Object[]>map(Class::getEnumConstants).orElse(new Object[] {null});
            for (Object choice : enumValues) {
                Object[] args = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    Class<?> t = types[i];
                    args[i] = t == long.class ? 1234L : t == int.class ? 1234 : t == boolean.class ? true
                            : t == String.class ? "it's {x}" : t == Duration.class ? Duration.ofMillis(1500)
                            : t.isEnum() ? choice : null;
                }
                all.add((PoolEvent) make.newInstance(args));
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyEventHasACaptionAndAnExplanation(Locale language) throws ReflectiveOperationException {
        I18n.localeProperty().set(language);
        for (PoolEvent e : everyEvent()) {
            PoolEventText.Sentence s = PoolEventText.of(e);
            for (String text : List.of(s.caption(), s.explanation())) {
                assertThat(text).as(e.toString()).isNotBlank()
                        .doesNotContainPattern("\\{\\d");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void countsAreGroupedAlikeInTheCaptionAndTheExplanation(Locale language) {
        I18n.localeProperty().set(language);
        PoolEventText.Sentence s = PoolEventText.of(new PoolEvent.DemoStarted(1, 0, 10_000));
        String grouped = PoolEventText.counts().format(10_000);
        assertThat(grouped).isEqualTo("10,000");
        assertThat(s.caption()).contains(grouped);
        assertThat(s.explanation()).contains(grouped);
    }

    /** A run of 2 workers at once with the given counts: created, reused. */
    private static PoolStats stats(long created, long reused) {
        return new PoolStats(created, reused, 0, created, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, true);
    }

    @Test
    void oneOfAThingIsWrittenInTheSingular() {
        I18n.localeProperty().set(Locale.ENGLISH);
        PoolDemo.Params run = PoolDemo.Params.book().withWorkers(2).withSpread(Duration.ofSeconds(5));
        assertThat(PoolEventText.summary(stats(1, 1), run))
                .contains("1 connection made for 2 workers; 1 acquire reused an idle one")
                .doesNotContain("1 acquires").doesNotContain("1 connections");
        assertThat(PoolEventText.summary(stats(2, 1_234), run)).contains("2 connections")
                .contains("1,234 acquires reused");
        assertThat(PoolEventText.of(new PoolEvent.DemoStarted(1, 0, 1)).caption()).isEqualTo("1 worker starts.");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theLessonWritesTheReuseShareAsTheCounterDoes(Locale language) {
        I18n.localeProperty().set(language);
        PoolStats s = stats(7, 18); // 18 of 25 acquires: exactly 72%
        String counter = PoolEventText.percent().format(s.reuseRatio());
        assertThat(counter).isEqualTo("72.0%");
        assertThat(PoolEventText.summary(s, PoolDemo.Params.book())).contains(counter);
        assertThat(PoolEventText.percent().format(0.7222)).isEqualTo("72.2%");
    }

    /** In Chinese every duration of the pool page reads in 秒, never Go's "1.5s" or "500ms"; English keeps Go's. */
    @ParameterizedTest
    @MethodSource("languages")
    void durationsUseTheLanguagesUnit(Locale language) {
        I18n.localeProperty().set(language);
        boolean chinese = language.getLanguage().equals("zh");
        PoolEventText.Sentence querying = PoolEventText.of(
                new PoolEvent.WorkerQuerying(1, 0, 3, 4, Duration.ofMillis(1500)));
        PoolDemo.Params p = PoolPage.presetParameters().get("close-busy").withBounded(3, Duration.ofMillis(500));
        List<String> shown = new ArrayList<>(List.of(querying.caption(), querying.explanation(),
                PoolEventText.duration(Duration.ofSeconds(4))));
        new PoolPattern(null).settings(p).stream()
                .filter(st -> List.of("hold", "spread", "timeout").contains(st.key()))
                .forEach(st -> shown.add(st.value()));
        assertThat(shown).hasSize(6);
        for (String text : shown) {
            if (chinese) {
                assertThat(text).contains("秒").doesNotContainPattern("\\d(m?s)\\b");
            } else {
                assertThat(text).containsPattern("\\d(m?s)\\b");
            }
        }
        if (chinese) {
            assertThat(shown).contains("4 秒", "3 秒", "0.5 秒");
        } else {
            assertThat(shown).contains("4s", "3s", "500ms");
        }
    }

    /** The end after Close Pool: the program's own Close finds the pool closed, and the words say so. */
    @ParameterizedTest
    @MethodSource("languages")
    void theEndAfterClosePoolDoesNotSayTheProgramClosesThePool(Locale language) {
        I18n.localeProperty().set(language);
        PoolEvent end = new PoolEvent.Shutdown(9, 0);
        PoolEventText.Sentence closing = PoolEventText.of(end, false);
        PoolEventText.Sentence closedBefore = PoolEventText.of(end, true);
        assertThat(closedBefore.explanation()).isNotEqualTo(closing.explanation()).contains("Shutdown Program");
        assertThat(closedBefore.caption()).isNotEqualTo(closing.caption());
    }
}
