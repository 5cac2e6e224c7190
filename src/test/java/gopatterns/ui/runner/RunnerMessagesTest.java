package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.TaskState;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the view exists in English and in Chinese, for every state the view can show. */
class RunnerMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = RunnerView.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void chineseHasEveryKeyOfEnglishAndNoOther() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(load("messages_en.properties")).isEmpty();
    }

    @Test
    void everyStateHasItsWords() throws IOException {
        Properties english = load("messages.properties");
        for (TaskState s : TaskState.values()) {
            assertThat(english).containsKey("task.state." + s.name());
        }
        for (InterruptStatus.State s : InterruptStatus.State.values()) {
            assertThat(english).containsKey("interrupt." + s.name());
        }
        for (Outcome o : Outcome.values()) {
            assertThat(english).containsKey("outcome." + o.name());
        }
        Arrays.stream(DurationKind.values()).forEach(k -> assertThat(english)
                .containsKeys("params.durations." + k.name(), "params.length." + k.name()));
    }

    @Test
    void explanationsWriteTaskNumbersAsGoAndOneTaskInTheSingular() {
        I18n.localeProperty().set(I18n.ENGLISH);
        try (VirtualClock clock = VirtualClock.manual()) {
            RunnerPage page = new RunnerPage(new RunnerModel(clock));
            assertThat(page.explain(new RunnerEvent.TaskWorking(1, 0, 1234, Duration.ofSeconds(2))).orElseThrow())
                    .contains("Task #1234 ").doesNotContain("1,234");
            assertThat(page.explain(new RunnerEvent.Started(1, 0, 1)).orElseThrow()).contains("its 1 task,");
            assertThat(page.explain(new RunnerEvent.Started(1, 0, 3)).orElseThrow()).contains("the 3 tasks,");
        }
    }
}
