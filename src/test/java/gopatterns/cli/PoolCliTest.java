package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gopatterns pool} against the measured behaviour of the Go pool demo, on a manual clock. */
class PoolCliTest {

    @Test
    void theBookDemoCreatesTwentyFiveConnectionsAndKeepsTwo() {
        CliRun run = new CliRun().start("pool").finish();

        assertThat(run.exitCode()).isZero();
        List<String> messages = run.messages();
        assertThat(count(messages, "Acquire: New Resource")).isEqualTo(25);
        assertThat(count(messages, "Create: New Connection ")).isEqualTo(25);
        assertThat(count(messages, "Acquire: Shared Resource")).isZero();
        assertThat(count(messages, "Release: In Queue")).isEqualTo(2);
        assertThat(count(messages, "Release: Closing")).isEqualTo(23);
        assertThat(count(messages, "Close: Connection ")).isEqualTo(25);
        assertThat(count(messages, "QID[")).isEqualTo(25);
        int shutdown = messages.indexOf("Shutdown Program");
        assertThat(messages.subList(shutdown + 1, messages.size()))
                .as("after Shutdown Program: the two idle connections close")
                .hasSize(2).allMatch(m -> m.startsWith("Close: Connection "));
        assertThat(run.clock.liveParticipants()).isEmpty();
    }

    @Test
    void connectionIdsCountUpFromOne() {
        CliRun run = new CliRun().start("pool", "--workers", "5").finish();

        assertThat(run.messages()).filteredOn(m -> m.startsWith("Create: "))
                .containsExactly("Create: New Connection 1", "Create: New Connection 2", "Create: New Connection 3",
                        "Create: New Connection 4", "Create: New Connection 5");
    }

    @Test
    void spreadArrivalsReuseConnections() {
        CliRun run = new CliRun().start("pool", "--spread", "20s", "--hold", "500ms").finish();

        assertThat(run.exitCode()).isZero();
        assertThat(count(run.messages(), "Acquire: Shared Resource")).isPositive();
        assertThat(count(run.messages(), "Create: New Connection ")).isLessThan(25);
    }

    @Test
    void theBoundedPoolNeverCreatesMoreThanItsCap() {
        CliRun run = new CliRun().start("pool", "--mode", "bounded", "--max-total", "3").finish();

        assertThat(run.exitCode()).isZero();
        assertThat(count(run.messages(), "Create: New Connection ")).isEqualTo(3);
        assertThat(count(run.messages(), "QID[")).isEqualTo(25);
    }

    @Test
    void failedConnectionsAreLoggedAndTheRunStillEnds() {
        CliRun run = new CliRun().start("pool", "--failure-rate", "1", "--workers", "4").finish();

        assertThat(run.exitCode()).isZero();
        assertThat(count(run.messages(), "Create: New Connection ")).isZero();
        assertThat(count(run.messages(), "QID[")).isZero();
        assertThat(run.messages().getLast()).isEqualTo("Shutdown Program");
    }

    @Test
    void ctrlCClosesThePoolReportsAndExits130() {
        CliRun run = new CliRun().start("pool", "--workers", "25", "--hold", "1s");
        run.advanceTo(Duration.ofMillis(400));
        int linesBefore = run.errLines().size();
        assertThat(run.interrupts.listening()).isTrue();

        run.interrupts.fire();
        run.finish();

        assertThat(run.exitCode()).isEqualTo(130);
        List<String> lines = run.errLines();
        assertThat(lines).hasSize(linesBefore + 1);
        String summary = run.messages().getLast();
        assertThat(summary).startsWith("Interrupted: pool closed after ").contains(" of 25 workers; created 25,")
                .contains("closed 25 (").endsWith("idle 0, in use 0");
        assertThat(lines.getLast()).isEqualTo(run.line(Duration.ofMillis(400), summary));
        assertThat(run.interrupts.listening()).isFalse();
        assertThat(run.clock.liveParticipants()).isEmpty();
    }

    private static long count(List<String> messages, String prefix) {
        return messages.stream().filter(m -> m.startsWith(prefix)).count();
    }
}
