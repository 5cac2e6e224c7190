package gopatterns.ui.shell;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of the main window, in one table: the key handler and the help overlay both read it, so
 * what the overlay says is what the keys do. Keys typed into a text field stay with the field.
 */
final class Shortcuts {

    /**
     * @param keys           how the keys are written in the help overlay
     * @param descriptionKey the message that says what they do
     */
    record Shortcut(String keys, String descriptionKey, Predicate<KeyEvent> matches, Runnable action) {}

    private final List<Shortcut> table;

    Shortcuts(Shell shell) {
        table = List.of(
                new Shortcut("Space", "shortcut.startPause", plain(KeyCode.SPACE), shell::startOrPause),
                new Shortcut("S", "shortcut.step", plain(KeyCode.S), shell::step),
                new Shortcut("R", "shortcut.reset", plain(KeyCode.R), shell::reset),
                new Shortcut("I", "shortcut.interrupt", plain(KeyCode.I), shell::interrupt),
                new Shortcut("+", "shortcut.faster",
                        e -> !e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD
                                || e.getCode() == KeyCode.EQUALS), shell::faster),
                new Shortcut("-", "shortcut.slower",
                        e -> !e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT),
                        shell::slower),
                new Shortcut("F11", "shortcut.fullScreen", plain(KeyCode.F11), shell::toggleFullScreen),
                new Shortcut("Ctrl+1", "shortcut.page1", shortcut(KeyCode.DIGIT1), () -> shell.selectPage(0)),
                new Shortcut("Ctrl+2", "shortcut.page2", shortcut(KeyCode.DIGIT2), () -> shell.selectPage(1)),
                new Shortcut("F1 / ?", "shortcut.help",
                        e -> e.getCode() == KeyCode.F1 || e.getCode() == KeyCode.SLASH && e.isShiftDown()
                                || "?".equals(e.getText()), shell::toggleHelp),
                new Shortcut("Esc", "shortcut.closeHelp", plain(KeyCode.ESCAPE), shell::closeHelp));
    }

    List<Shortcut> table() {
        return table;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    private void handle(KeyEvent e) {
        if (typing(e.getTarget()) && e.getCode() != KeyCode.F1 && e.getCode() != KeyCode.F11
                && e.getCode() != KeyCode.ESCAPE && !e.isShortcutDown()) {
            return;
        }
        for (Shortcut s : table) {
            if (s.matches().test(e)) {
                s.action().run();
                e.consume();
                return;
            }
        }
    }

    /** A text field, or a control that edits through one (a spinner or combo box one can type into). */
    private static boolean typing(Object target) {
        return target instanceof TextInputControl
                || target instanceof Spinner<?> spinner && spinner.isEditable()
                || target instanceof ComboBoxBase<?> box && box.isEditable();
    }

    private static Predicate<KeyEvent> plain(KeyCode code) {
        return e -> e.getCode() == code && !e.isShortcutDown() && !e.isAltDown();
    }

    private static Predicate<KeyEvent> shortcut(KeyCode code) {
        return e -> (e.getCode() == code || e.getCode() == numpad(code)) && e.isShortcutDown();
    }

    private static KeyCode numpad(KeyCode digit) {
        return digit == KeyCode.DIGIT1 ? KeyCode.NUMPAD1 : KeyCode.NUMPAD2;
    }
}
