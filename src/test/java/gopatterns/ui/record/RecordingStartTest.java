package gopatterns.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoEvent;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.SimulationModel;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A recording is a function of its settings alone: what the model shows when its run starts must not depend on
 * how far the run's threads got by then. Each start races the run's threads against the FX thread; many starts
 * make a race that is lost now and then show.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingStartTest {

    private static final int STARTS = 150;

    /**
     * What the model shows right after Start, before the clock moves (the events folded and the code line), and
     * whether the run's threads' first steps showed once the clock had settled.
     */
    private record Shown(List<String> events, String codeLine, boolean moreOnceSettled) {}

    @Test
    void whatStartShowsIsTheSameEveryTimeAndTheThreadsFirstStepsComeOnceTheClockHasSettled() throws Exception {
        for (String[] pageAndPreset : new String[][] {{"runner", "leak"}, {"pool", "at-once"}}) {
            Set<Shown> shown = WaitForAsyncUtils.asyncFx(() -> {
                Set<Shown> found = new LinkedHashSet<>();
                for (int i = 0; i < STARTS; i++) {
                    found.add(shownAtStart(pageAndPreset[0], pageAndPreset[1]));
                }
                return found;
            }).get(120, TimeUnit.SECONDS);
            assertThat(shown).as("%s %s: what %d starts showed", pageAndPreset[0], pageAndPreset[1], STARTS)
                    .hasSize(1);
            assertThat(shown.iterator().next().moreOnceSettled()).as("the threads' first steps, once the clock "
                    + "has settled").isTrue();
        }
    }

    /** Starts the preset's run on a manual clock and tells what is shown before and after the clock settled. */
    private static Shown shownAtStart(String pageId, String preset) {
        try (VirtualClock clock = VirtualClock.manual(Recording.epoch())) {
            Page page = Recording.page(new RecordSettings(pageId, preset, 320, 240, 2, 1, Path.of("unused")), clock);
            SimulationModel<?> model = page.model();
            try {
                model.start();
                List<String> events = model.history().stream().map(RecordingStartTest::name).toList();
                String codeLine = model.codeAnchorProperty().get();
                clock.advanceTo(0); // waits until the run's threads wait on the clock
                model.sync();
                return new Shown(events, codeLine, model.history().size() > events.size());
            } finally {
                model.dispose();
            }
        }
    }

    private static String name(GoEvent e) {
        return e.getClass().getSimpleName() + "@" + e.at();
    }
}
