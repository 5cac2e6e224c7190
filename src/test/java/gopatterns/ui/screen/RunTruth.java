package gopatterns.ui.screen;

import gopatterns.event.GoEvent;
import gopatterns.history.runner.RunEnding;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolEventText;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.screen.ScreenContract.Kind;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.Shell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/**
 * Whether the words on screen tell the truth about the current run of the current page: the pool's lesson
 * against the counters shown beside it, the caption and the explanation line against the run's own events,
 * the runner's outcome against its countdown and goroutine rows, and the status bar against the other pages'
 * presets. Each check compares two things computed on different paths (a sentence and a counter label, a
 * text and the events of the run shown now): a text left over from an earlier run, or computed before the
 * counters caught up, disagrees. FX thread, after a sync of the models.
 */
final class RunTruth {

    private static final PseudoClass LESSON = PseudoClass.getPseudoClass("lesson");
    /** A number as the view writes it, grouped or not, with a decimal part or a percent sign. */
    private static final String NUMBER = "[0-9][0-9.,\u00a0\u202f]*%?";
    private static final Pattern ANY_NUMBER = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");

    /**
     * The lesson's sentences, in the order the lesson joins them, each with what every argument is: a counter
     * (the id of its label, {@code <id>Value}) or a setting of the run ({@code workers}, {@code maxTotal}).
     */
    private static final Map<String, List<String>> HEADS = new LinkedHashMap<>();
    private static final Map<String, List<String>> TAILS = new LinkedHashMap<>();

    static {
        HEADS.put("pool.summary.noneCreated", List.of("workers", "factoryFailures", "refused"));
        HEADS.put("pool.summary.reuse", List.of("created", "workers", "reused", "reuseRatio"));
        HEADS.put("pool.summary.noReuse", List.of("created", "workers"));
        HEADS.put("pool.summary.noReuseSpread", List.of("created", "workers"));
        TAILS.put("pool.summary.bounded", List.of("maxTotal", "waits"));
        TAILS.put("pool.summary.failures", List.of("factoryFailures"));
        TAILS.put("pool.summary.closed", List.of("refused", "closedAfterShutdown"));
    }

    private final Shell shell;
    private final Scene scene;
    private final List<Violation> found = new ArrayList<>();

    private RunTruth(Shell shell, Scene scene) {
        this.shell = shell;
        this.scene = scene;
    }

    /** Every disagreement between the words on {@code scene} and the current run of {@code shell}'s page. */
    static List<Violation> check(Shell shell, Scene scene) {
        RunTruth t = new RunTruth(shell, scene);
        t.explanation();
        t.status();
        if (shell.model() instanceof PoolModel pool) {
            t.pool(pool);
        } else if (shell.model() instanceof RunnerModel runner) {
            t.runner(runner);
        }
        return t.found;
    }

    private void untrue(String what) {
        found.add(new Violation(Kind.UNTRUE, what));
    }

    private String text(String id) {
        Node n = scene.lookup("#" + id);
        return n instanceof Labeled l && n.isVisible() ? l.getText() : null;
    }

    // ---------------------------------------------------------------- the window

    /** The explanation line explains an event of this run, or is the idle text or a preset's of this page. */
    private void explanation() {
        String shown = text("explainText");
        if (shown == null || shown.isEmpty()) {
            return;
        }
        Page page = shell.page();
        Set<String> allowed = new HashSet<>();
        allowed.add(I18n.get("explain.idle"));
        page.presets().forEach(p -> allowed.add(p.watch()));
        for (GoEvent e : shell.model().history()) {
            page.explain(e).ifPresent(allowed::add);
        }
        if (!allowed.contains(shown)) {
            untrue("explanation \"" + shown + "\" explains no event of the " + page.id() + " run shown");
        }
    }

    /** The status bar never names a preset of another page. */
    private void status() {
        String shown = text("statusMessage");
        if (shown == null) {
            return;
        }
        for (Page other : shell.pages()) {
            if (other == shell.page()) {
                continue;
            }
            for (Preset p : other.presets()) {
                if (shown.contains(p.title())) {
                    untrue("status \"" + shown + "\" names preset " + p.id() + " on page " + shell.page().id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- the pool

    private void pool(PoolModel model) {
        Node caption = scene.lookup("#eventCaption");
        if (!(caption instanceof Labeled label) || !caption.isVisible()) {
            return;
        }
        String shown = label.getText();
        PoolDemo.Params run = model.runParamsProperty().get();
        boolean finished = model.finishedProperty().get() && model.failureProperty().get().isEmpty();
        boolean lessonStyle = caption.getPseudoClassStates().contains(LESSON);
        if (run == null) {
            String ready = PoolEventText.ready(model.params());
            if (!shown.equals(ready) || lessonStyle) {
                untrue("pool caption \"" + shown + "\" before a run; the next run's settings say \"" + ready + "\"");
            }
            return;
        }
        if (finished) {
            lesson(shown, run);
            return;
        }
        if (lessonStyle) {
            untrue("pool caption shown as a lesson while the run has not finished: \"" + shown + "\"");
        }
        Set<String> events = new HashSet<>();
        for (PoolEvent e : model.history()) {
            events.add(PoolEventText.describe(e));
        }
        if (!events.contains(shown)) {
            untrue("pool caption \"" + shown + "\" describes no event of the run shown");
        }
    }

    /** The lesson parsed sentence by sentence: every number equals the counter or setting it names. */
    private void lesson(String shown, PoolDemo.Params run) {
        for (Map.Entry<String, List<String>> head : HEADS.entrySet()) {
            Matcher m = firstMatch(sentences(head.getKey(), head.getValue().size()), "", shown);
            if (m == null) {
                continue;
            }
            if (head.getKey().equals("pool.summary.noReuse") && !run.spread().isZero()) {
                untrue("pool lesson blames arrivals at once for a run whose arrivals were spread: \"" + shown + "\"");
            }
            agree(shown, m, head.getValue(), run);
            String rest = shown.substring(m.end());
            for (Map.Entry<String, List<String>> tail : TAILS.entrySet()) {
                Matcher t = firstMatch(sentences(tail.getKey(), tail.getValue().size()), " ?", rest);
                if (t != null) {
                    agree(shown, t, tail.getValue(), run);
                    rest = rest.substring(t.end());
                }
            }
            if (!rest.isBlank()) {
                untrue("pool lesson \"" + shown + "\" says more than a lesson: \"" + rest + "\"");
            }
            return;
        }
        untrue("pool run finished but the caption is no lesson: \"" + shown + "\"");
    }

    private void agree(String shown, Matcher m, List<String> sources, PoolDemo.Params run) {
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            String said = m.group("a" + i);
            String truth = switch (source) {
                case "workers" -> PoolEventText.counts().format(run.workers());
                case "maxTotal" -> PoolEventText.counts().format(run.maxTotal());
                default -> text(source + "Value");
            };
            if (truth != null && !said.equals(truth)) {
                untrue("pool lesson says " + said + " " + source + " beside " + truth + ": \"" + shown + "\"");
            }
        }
    }

    /** The first of {@code patterns}, after {@code prefix}, that matches at the start of {@code text}; or null. */
    private static Matcher firstMatch(List<Pattern> patterns, String prefix, String text) {
        for (Pattern p : patterns) {
            Matcher m = Pattern.compile(prefix + p.pattern()).matcher(text);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * A message of {@code args} arguments as patterns that capture each argument as a number, in a group named
     * {@code a<argument>}: a translation may name its arguments in another order. Counts choose between a
     * singular and a plural wording, so there is one pattern for each choice of singular (the count 1) and
     * plural (a count that stands out: 50, 51, ...) for every argument.
     */
    private static List<Pattern> sentences(String key, int args) {
        List<Pattern> patterns = new ArrayList<>();
        for (int ones = 0; ones < 1 << args; ones++) {
            Object[] marks = new Object[args];
            List<Integer> singular = new ArrayList<>();
            for (int i = 0; i < args; i++) {
                boolean one = (ones & 1 << i) != 0;
                marks[i] = one ? 1 : 50 + i;
                if (one) {
                    singular.add(i);
                }
            }
            String text = I18n.get(key, marks);
            // Plural marks by their value; each standalone 1 is one of the singular arguments (all of them say 1,
            // so which is which does not matter).
            Matcher mark = Pattern.compile("(?<![0-9.,])(5[0-9]|1)(?![0-9.,]?[0-9])").matcher(text);
            StringBuilder regex = new StringBuilder();
            int from = 0;
            int nextSingular = 0;
            boolean fits = true;
            while (mark.find()) {
                int arg;
                if (mark.group(1).equals("1")) {
                    if (nextSingular >= singular.size()) {
                        fits = false;
                        break;
                    }
                    arg = singular.get(nextSingular++);
                } else {
                    arg = Integer.parseInt(mark.group(1)) - 50;
                }
                regex.append(Pattern.quote(text.substring(from, mark.start())))
                        .append("(?<a").append(arg).append('>').append(NUMBER).append(')');
                from = mark.end();
            }
            if (fits && nextSingular == singular.size()) {
                regex.append(Pattern.quote(text.substring(from)));
                try {
                    patterns.add(Pattern.compile(regex.toString()));
                } catch (java.util.regex.PatternSyntaxException e) {
                    // An argument the wording does not show twice is no sentence to look for.
                }
            }
        }
        return patterns;
    }

    // ---------------------------------------------------------------- the runner

    /**
     * The outcome banner, the countdown and the goroutine rows tell one ending: the one of the current run,
     * with one exit status and one time at which Start returned.
     */
    private void runner(RunnerModel model) {
        RunEnding ending = model.endingProperty().get();
        String title = text("outcomeTitle");
        String remaining = text("countdownRemaining");
        String main = text("mainThreadState");
        if (ending == null) {
            if (title != null && !title.isEmpty()) {
                untrue("runner outcome \"" + title + "\" shown while no run has returned");
            }
            String message = text("outcomeMessage");
            if (message != null && !message.equals(I18n.get(model.isRunning() ? "outcome.running" : "outcome.idle"))
                    && model.failureProperty().get().isEmpty()) {
                untrue("runner outcome \"" + message + "\" while the run " + (model.isRunning() ? "goes" : "is idle"));
            }
            counting(model, remaining);
            String waiting = I18n.get(model.startedProperty().get() ? "threads.main.WAITING" : "threads.main.IDLE");
            if (main != null && !main.equals(waiting) && model.failureProperty().get().isEmpty()) {
                untrue("main goroutine row \"" + main + "\" while no run has returned (\"" + waiting + "\")");
            }
            return;
        }
        String expectedTitle = I18n.get("outcome." + ending.outcome().name());
        if (!expectedTitle.equals(title)) {
            untrue("runner outcome \"" + title + "\" for a run that ended " + ending.outcome());
        }
        List<Double> exit = numbers(text("outcomeExit"));
        List<Double> mainNumbers = main == null ? List.of() : numbers(main);
        if (exit.isEmpty() || mainNumbers.isEmpty()
                || exit.getLast() != ending.exitCode() || !mainNumbers.contains(exit.getLast())) {
            untrue("exit status: banner \"" + text("outcomeExit") + "\", main goroutine \"" + main
                    + "\", the run " + ending.exitCode());
        }
        // Start returned once: the countdown says when, as the banner does (one rounds to 0.1 s, one to 0.01 s).
        List<Double> when = remaining == null ? List.of() : numbers(remaining);
        double returned = ending.atNanos() / 1e9;
        if (when.isEmpty() || Math.abs(when.getFirst() - returned) > 0.051
                || remaining.equals(I18n.get("countdown.left", when.getFirst()))) {
            untrue("countdown \"" + remaining + "\" beside a run whose Start returned at " + returned + " s");
        }
        String at = text(ending.tie() ? "outcomeTie" : "outcomeAt");
        List<Double> atNumbers = at == null ? List.of() : numbers(at);
        if (atNumbers.isEmpty() || Math.abs(atNumbers.getFirst() - returned) > 0.0051) {
            untrue("outcome \"" + at + "\" for a run whose Start returned at " + returned + " s");
        }
    }

    /**
     * While Start waits, the time left on the countdown and the virtual time in the status bar add up to the
     * run's timeout: the timer starts with the runner, at the run's first instant.
     */
    private void counting(RunnerModel model, String remaining) {
        var run = model.runParamsProperty().get();
        List<Double> left = numbers(remaining);
        List<Double> now = numbers(text("statusTime"));
        if (run == null || !model.isRunning() || left.size() != 1 || now.size() != 1
                || !remaining.equals(I18n.get("countdown.left", left.getFirst()))) {
            return;
        }
        double timeout = run.timeout().toNanos() / 1e9;
        if (Math.abs(left.getFirst() + now.getFirst() - timeout) > 0.06 + 0.05) {
            untrue("countdown \"" + remaining + "\" at virtual time " + now.getFirst() + " s of a " + timeout
                    + " s timeout");
        }
    }

    /** The numbers in a text, in order, grouping taken out. */
    private static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ANY_NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            // Grouped thousands ("1,234") against a decimal point ("1.50"): the view writes times with a point.
            out.add(Double.parseDouble(n.matches("\\d{1,3}(,\\d{3})+") ? n.replace(",", "") : n.replace(',', '.')));
        }
        return out;
    }
}
