package gopatterns.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Durations and log lines as Go writes them. */
class GoDurationTest {

    @ParameterizedTest
    @CsvSource({"3s, 3000", "500ms, 500", "1.5s, 1500", "1m30s, 90000", "0, 0", "0s, 0", "2h, 7200000",
            "250000us, 250", "1000000ns, 1", ".5s, 500"})
    void parsesGoDurations(String text, long millis) {
        assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1s", "3", "abc", "1.5", "s", "3 s", "1x"})
    void rejectsWhatGoWouldRejectOrWeDoNotAllow(String text) {
        assertThatThrownBy(() -> GoDuration.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.trim());
    }

    @Test
    void rejectsAnEmptyDuration() {
        assertThatThrownBy(() -> GoDuration.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3s");
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "3000, 3s", "500, 500ms", "1500, 1.5s", "90000, 1m30s", "3600000, 1h0m0s"})
    void formatsAsGoPrintsDurations(long millis, String text) {
        assertThat(GoDuration.format(Duration.ofMillis(millis))).isEqualTo(text);
        assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void formatsSmallDurationsInTheirOwnUnits() {
        assertThat(GoDuration.format(Duration.ofNanos(750))).isEqualTo("750ns");
        assertThat(GoDuration.format(Duration.ofNanos(1_500))).isEqualTo("1.5µs");
    }

    @ParameterizedTest
    @CsvSource({"1050000, 1.05ms", "1000000001, 1.000000001s", "61250000000, 1m1.25s", "1001, 1.001µs",
        "-2500000, -2.5ms", "999999999, 999.999999ms", "7200000000000, 2h0m0s"})
    void formatsFractionsWithoutTrailingZerosAsGoDoes(long nanos, String text) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(text);
    }

    @Test
    void logLinesUseGosStandardLoggerFormat() {
        Instant when = Instant.parse("2026-11-27T01:45:38.900Z");
        assertThat(GoLog.line(when, "Processor - Task #0.", ZoneOffset.UTC))
                .isEqualTo("2026/11/27 01:45:38 Processor - Task #0.");
    }
}
