package fmx.ui.session;

import java.util.List;

/** Several property changes made by one user action (a paint stroke, a channel count change): undone as one. */
record CompoundCommand(String description, List<Command> parts) implements Command {
    CompoundCommand {
        parts = List.copyOf(parts);
    }

    @Override
    public void redo() {
        parts.forEach(Command::redo);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }
}
