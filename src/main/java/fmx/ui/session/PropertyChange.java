package fmx.ui.session;

import javafx.beans.property.Property;

/** A recorded change of one session property: redo sets the new value, undo the old one. */
record PropertyChange<T>(Property<T> property, T oldValue, T newValue, String description) implements Command {
    @Override
    public void redo() {
        property.setValue(newValue);
    }

    @Override
    public void undo() {
        property.setValue(oldValue);
    }

    PropertyChange<T> withNewValue(Object value) {
        @SuppressWarnings("unchecked")
        T v = (T) value;
        return new PropertyChange<>(property, oldValue, v, description);
    }
}
