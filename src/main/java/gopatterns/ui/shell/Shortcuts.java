package gopatterns.ui.shell;

import gopatterns.ui.common.Page;
import gopatterns.ui.common.Spinners;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The keyboard of the main window, in one table: the key handler and the help overlay both read it, so
 * what the overlay says is what the keys do. Keys typed into a text field stay with the field, except the
 * ones that end the editing: Enter keeps what was typed, Esc puts the old value back, and both hand the keys
 * back to the window. Space in a number field does the same as Enter, then starts or pauses the run; a click
 * on anything that is not an input also ends the editing.
 */
final class Shortcuts {

    /**
     * @param keys           how the keys are written in the help overlay
     * @param descriptionKey the message that says what they do
     */
    record Shortcut(String keys, String descriptionKey, Predicate<KeyEvent> matches, Runnable action) {}

    /** How editing a field ends, as the help overlay lists it (handled here, outside the table). */
    record FieldKey(String keys, String descriptionKey) {}

    private static final List<FieldKey> FIELD_KEYS = List.of(
            new FieldKey("Enter", "shortcut.field.commit"),
            new FieldKey("Esc", "shortcut.field.revert"),
            new FieldKey("Space", "shortcut.field.space"));

    private final List<Shortcut> table;

    Shortcuts(Shell shell) {
        List<Shortcut> all = new ArrayList<>(List.of(
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
                new Shortcut("L", "shortcut.lanes", plain(KeyCode.L), shell::toggleLanes),
                // The timeline: not when the focus is on a control that moves with these keys itself.
                new Shortcut("Left", "shortcut.stepBack", timeline(shell, KeyCode.LEFT), () -> shell.model().stepBack()),
                new Shortcut("Right", "shortcut.stepForward", timeline(shell, KeyCode.RIGHT),
                        () -> shell.model().stepForward()),
                new Shortcut("Home", "shortcut.toStart", timeline(shell, KeyCode.HOME), () -> shell.model().toStart()),
                new Shortcut("End", "shortcut.toLive", timeline(shell, KeyCode.END), () -> shell.model().toLive())));
        all.addAll(pageShortcuts(shell));
        all.addAll(List.of(
                new Shortcut("F1 / ?", "shortcut.help",
                        e -> e.getCode() == KeyCode.F1 || e.getCode() == KeyCode.SLASH && e.isShiftDown()
                                || "?".equals(e.getText()), shell::toggleHelp),
                new Shortcut("Esc", "shortcut.closeHelp", plain(KeyCode.ESCAPE), shell::closeHelp),
                new Shortcut("Enter", "shortcut.reveal", plain(KeyCode.ENTER), shell::revealAnswer)));
        table = List.copyOf(all);
    }

    /** Ctrl+1 shows the first page, Ctrl+2 the second, ..., in the order of the window's list ({@link Lessons}). */
    private static List<Shortcut> pageShortcuts(Shell shell) {
        List<Shortcut> out = new ArrayList<>();
        List<Page> pages = shell.pages();
        for (int i = 0; i < Math.min(pages.size(), Lessons.MAX_PAGES); i++) {
            int index = i;
            String key = Lessons.page(pages.get(i).id()).orElseThrow().shortcutKey();
            out.add(new Shortcut("Ctrl+" + (i + 1), key, ctrlDigit(i + 1), () -> shell.selectPage(index)));
        }
        return out;
    }

    List<Shortcut> table() {
        return table;
    }

    List<FieldKey> fieldKeys() {
        return FIELD_KEYS;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            Node owner = scene.getFocusOwner();
            if (field(owner) != null && field(e.getTarget()) != field(owner)) {
                endEditing(owner, true);
                if (!isInput(e.getTarget())) {
                    giveKeysBack(scene);
                }
            }
        });
    }

    private void handle(KeyEvent e) {
        Node field = field(e.getTarget());
        if (field != null && !e.isShortcutDown()) {
            switch (e.getCode()) {
                case ENTER -> {
                    leave(e, true);
                    return;
                }
                case ESCAPE -> {
                    leave(e, false);
                    return;
                }
                case SPACE -> {
                    if (!(field instanceof Spinner<?>)) {
                        return;
                    }
                    // A number field never takes a space: it ends the editing, then Space does what it says.
                    endEditing(field, true);
                    giveKeysBack(((Node) e.getTarget()).getScene());
                }
                case F1, F11 -> {
                    // Help and full screen work from anywhere.
                }
                default -> {
                    return;
                }
            }
        }
        for (Shortcut s : table) {
            if (s.matches().test(e)) {
                s.action().run();
                e.consume();
                return;
            }
        }
    }

    private static void leave(KeyEvent e, boolean keep) {
        Node field = field(e.getTarget());
        endEditing(field, keep);
        giveKeysBack(field.getScene());
        e.consume();
    }

    /** Commits (keep) or reverts what was typed into the field that {@code node} is or is part of. */
    private static void endEditing(Node node, boolean keep) {
        if (field(node) instanceof Spinner<?> spinner) {
            if (keep) {
                Spinners.commit(spinner);
            } else {
                Spinners.revert(spinner);
            }
        }
    }

    /** Focus to the window itself, which takes no typing, so every key is a shortcut again. */
    private static void giveKeysBack(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().requestFocus();
        }
    }

    /**
     * The field one types into that {@code target} is or is part of: an editable spinner (its editor is a
     * text field inside it), combo box or text field; null for anything else.
     */
    private static Node field(Object target) {
        Node field = null;
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> spinner) {
                return spinner.isEditable() ? spinner : null;
            }
            if (n instanceof ComboBoxBase<?> box) {
                return box.isEditable() ? box : null;
            }
            if (field == null && n instanceof TextInputControl) {
                field = n;
            }
        }
        return field;
    }

    /** Something a click is meant for: a field, or a slider (which keeps the keys as a button does). */
    private static boolean isInput(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Slider || n instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return field(target) != null;
    }

    private static Predicate<KeyEvent> plain(KeyCode code) {
        return e -> e.getCode() == code && !e.isShortcutDown() && !e.isAltDown();
    }

    /** The shortcut key (Ctrl, Cmd on a Mac) with {@code digit} (0-9) on the main keys or the number pad. */
    static Predicate<KeyEvent> ctrlDigit(int digit) {
        KeyCode main = KeyCode.valueOf("DIGIT" + digit);
        KeyCode pad = KeyCode.valueOf("NUMPAD" + digit);
        return e -> (e.getCode() == main || e.getCode() == pad) && e.isShortcutDown();
    }

    /**
     * A timeline key: plain, not meant for a focused slider, list or combo box, which move with it. In compare
     * mode it moves the pair's one playhead.
     */
    private static Predicate<KeyEvent> timeline(Shell shell, KeyCode code) {
        return plain(code).and(e -> !movesWithKeys(e.getTarget()));
    }

    private static boolean movesWithKeys(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Slider || n instanceof ComboBoxBase<?> || n instanceof ListView<?>
                    || n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }
}
