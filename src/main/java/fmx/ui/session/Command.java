package fmx.ui.session;

/** One undoable edit: applies itself, reverts itself, and names itself for the Edit menu ("Edit cell (2, 3)"). */
public interface Command {
    void redo();

    void undo();

    String description();
}
