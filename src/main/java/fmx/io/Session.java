package fmx.io;

import fmx.core.Layer;
import fmx.core.Pipeline;
import java.util.List;
import java.util.Map;

/**
 * What a session file holds: the input (a grid of numbers or a photo), the layers, and the app's own view
 * settings (kept as parsed JSON values: maps, lists, strings, numbers, booleans; readers ignore what they do not
 * know). Immutable.
 */
public record Session(InputSource input, List<Layer> layers, Map<String, Object> view) {
    public Session {
        layers = List.copyOf(layers);
        view = view == null ? Map.of() : Map.copyOf(view);
    }

    public Session(InputSource input, List<Layer> layers) {
        this(input, layers, Map.of());
    }

    public Pipeline pipeline() {
        return new Pipeline(layers);
    }

    public Session withView(Map<String, Object> newView) {
        return new Session(input, layers, newView);
    }
}
