package fmx.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A bounded history of {@link Command}s: undo moves one back, redo one forward, a new command drops the redo side.
 * Tracks the position of the last save so that {@link #dirtyProperty()} says whether there are unsaved changes.
 * FX-thread only.
 */
public final class UndoStack {
    private final int capacity;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(Messages.TEXTS.text("undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(Messages.TEXTS.text("redo"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    /** Net number of commands since the last save (negative after undoing past it); null: the save is lost. */
    private Integer sinceSave = 0;

    public UndoStack(int capacity) {
        this.capacity = capacity;
    }

    /** Records a command that has already been applied. */
    public void push(Command command) {
        done.push(command);
        if (done.size() > capacity) {
            done.removeLast();
        }
        if (sinceSave != null && sinceSave < 0) {
            sinceSave = null; // the saved state was on the redo side, which is now gone
        }
        undone.clear();
        if (sinceSave != null) {
            sinceSave++;
        }
        update();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Command c = done.pop();
        c.undo();
        undone.push(c);
        if (sinceSave != null) {
            sinceSave--;
        }
        update();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Command c = undone.pop();
        c.redo();
        done.push(c);
        if (sinceSave != null) {
            sinceSave++;
        }
        update();
    }

    /** The current state is what is on disk. */
    public void markSaved() {
        sinceSave = 0;
        update();
    }

    /** Forgets the history (after opening a file). */
    public void clear() {
        done.clear();
        undone.clear();
        sinceSave = 0;
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? Messages.TEXTS.text("undo") : Messages.TEXTS.text("undo.named",
                done.peek().description()));
        redoText.set(undone.isEmpty() ? Messages.TEXTS.text("redo") : Messages.TEXTS.text("redo.named", undone.peek().description()));
        dirty.set(sinceSave == null || sinceSave != 0);
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
