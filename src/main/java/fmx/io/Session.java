package fmx.io;

import fmx.core.Layer;
import fmx.core.Pipeline;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a session file holds: the input (a grid of numbers or a photo), the layers, and the app's own view
 * settings (kept as parsed JSON values: maps, lists, strings, numbers, booleans, nulls, in the file's order;
 * readers ignore what they do not know). Immutable at the top level; the view's nested maps and lists are the
 * reader's copies and are not to be changed.
 */
public record Session(InputSource input, List<Layer> layers, Map<String, Object> view) {
    public Session {
        layers = List.copyOf(layers);
        // Not Map.copyOf: keep the order (a stable file) and allow JSON nulls.
        view = view == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(view));
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
