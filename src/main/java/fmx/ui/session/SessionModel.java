package fmx.ui.session;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ColorMap;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.InputPreset;
import fmx.core.Int2;
import fmx.core.KernelPreset;
import fmx.core.Layer;
import fmx.core.Padding;
import fmx.core.Pipeline;
import fmx.core.PoolLayer;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state every feature package shares: the input grid, the filters, the layer settings (one convolution, its
 * activation, optional pooling) and the view settings. Editors change the properties; every change of an
 * undoable property is recorded on the {@link #undoStack()} (grouped by {@link #edit}), and the
 * {@link LiveComputation} recomputes the maps. Tensors and filter banks are immutable by convention: an edit
 * replaces them. FX-thread only; no toolkit classes, so it is tested without the toolkit.
 */
public final class SessionModel {
    private final ObjectProperty<Tensor> input = new SimpleObjectProperty<>(this, "input");
    private final ObjectProperty<FilterBank> filters = new SimpleObjectProperty<>(this, "filters");
    private final IntegerProperty strideY = new SimpleIntegerProperty(this, "strideY", 1);
    private final IntegerProperty strideX = new SimpleIntegerProperty(this, "strideX", 1);
    private final ObjectProperty<PaddingMode> paddingMode = new SimpleObjectProperty<>(this, "paddingMode", PaddingMode.NUMBER);
    private final IntegerProperty paddingY = new SimpleIntegerProperty(this, "paddingY", 0);
    private final IntegerProperty paddingX = new SimpleIntegerProperty(this, "paddingX", 0);
    private final IntegerProperty dilationY = new SimpleIntegerProperty(this, "dilationY", 1);
    private final IntegerProperty dilationX = new SimpleIntegerProperty(this, "dilationX", 1);
    private final BooleanProperty flip = new SimpleBooleanProperty(this, "flip", false);
    private final ObjectProperty<ActivationFunction> activation =
            new SimpleObjectProperty<>(this, "activation", ActivationFunction.RELU);
    private final DoubleProperty leakySlope = new SimpleDoubleProperty(this, "leakySlope", ActivationLayer.DEFAULT_SLOPE);
    private final ObjectProperty<PoolChoice> pooling = new SimpleObjectProperty<>(this, "pooling", PoolChoice.OFF);
    private final IntegerProperty poolSize = new SimpleIntegerProperty(this, "poolSize", 2);
    private final IntegerProperty poolStride = new SimpleIntegerProperty(this, "poolStride", 2);

    // View settings: saved under "view", not undoable (they change no number).
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(this, "colorMap", ColorMap.DIVERGING);
    private final BooleanProperty sharedScale = new SimpleBooleanProperty(this, "sharedScale", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final IntegerProperty selectedFilter = new SimpleIntegerProperty(this, "selectedFilter", 0);
    private final ObjectProperty<HoverTarget> hover = new SimpleObjectProperty<>(this, "hover", HoverTarget.NONE);

    private final UndoStack undoStack = new UndoStack(500);
    private final List<Property<?>> undoable = List.of(input, filters, strideY, strideX, paddingMode, paddingY,
            paddingX, dilationY, dilationX, flip, activation, leakySlope, pooling, poolSize, poolStride);
    private boolean replaying;
    private String groupName;
    private final Map<Property<?>, PropertyChange<?>> group = new LinkedHashMap<>();

    /** The default session: the 5x5 example with the vertical-edge kernel, ReLU, no pooling. */
    public SessionModel() {
        input.set(Tensor.of(InputPreset.FIVE));
        filters.set(new FilterBank(1, 1, 3, 3, KernelPreset.VERTICAL_EDGE.weights(3, 3), new float[1]));
        for (Property<?> p : undoable) {
            record(p);
        }
    }

    private <T> void record(Property<T> property) {
        property.addListener((obs, oldValue, newValue) -> {
            if (replaying) {
                return;
            }
            String name = groupName != null ? groupName : describe(property.getName(), newValue);
            PropertyChange<T> change = new PropertyChange<>(property, oldValue, newValue, name);
            if (groupName != null) {
                group.merge(property, change, (first, later) -> first.withNewValue(newValue));
            } else {
                undoStack.push(replayingGuard(change));
            }
        });
    }

    /** "Stride y = 2", "Input change": the undo name of one change; property names are bundle keys. */
    private static String describe(String property, Object value) {
        String name = Messages.TEXTS.text("property." + property);
        if (value instanceof Tensor || value instanceof FilterBank) {
            return Messages.TEXTS.text("change.grid", name);
        }
        Object shown = value instanceof Double d ? (Object) (float) d.doubleValue() : value;
        return Messages.TEXTS.text("change.value", name, String.valueOf(shown));
    }

    /** Wraps a command so that replaying it is not recorded again. */
    private Command replayingGuard(Command c) {
        return new Command() {
            @Override
            public void redo() {
                replay(c::redo);
            }

            @Override
            public void undo() {
                replay(c::undo);
            }

            @Override
            public String description() {
                return c.description();
            }
        };
    }

    private void replay(Runnable r) {
        replaying = true;
        try {
            r.run();
        } finally {
            replaying = false;
        }
    }

    /** Runs {@code change}; whatever it changes is undone as one step named {@code description}. */
    public void edit(String description, Runnable change) {
        boolean outer = groupName == null;
        if (outer) {
            beginGroup(description);
        }
        try {
            change.run();
        } finally {
            if (outer) {
                endGroup();
            }
        }
    }

    /** Starts a group of changes undone as one (a paint stroke); {@link #endGroup} records it. */
    public void beginGroup(String description) {
        groupName = description;
        group.clear();
    }

    public void endGroup() {
        if (groupName == null) {
            return;
        }
        List<Command> parts = new ArrayList<>(group.values());
        String name = groupName;
        groupName = null;
        group.clear();
        if (!parts.isEmpty()) {
            undoStack.push(replayingGuard(new CompoundCommand(name, parts)));
        }
    }

    /** Sets several properties without recording them (opening a file); the history is cleared. */
    public void replaceAll(Runnable load) {
        replay(load);
        undoStack.clear();
    }

    /** The layers the settings describe: convolution, activation, then pooling when on. Not validated here. */
    public Pipeline pipeline() {
        List<Layer> layers = new ArrayList<>(3);
        layers.add(new ConvLayer(filters.get(), Int2.of(strideY.get(), strideX.get()), padding(),
                Int2.of(dilationY.get(), dilationX.get()), flip.get()));
        layers.add(new ActivationLayer(activation.get(), (float) leakySlope.get()));
        if (pooling.get() != PoolChoice.OFF) {
            layers.add(new PoolLayer(pooling.get().mode(), Int2.of(poolSize.get()), Int2.of(poolStride.get())));
        }
        return new Pipeline(layers);
    }

    public Padding padding() {
        return switch (paddingMode.get()) {
            case SAME -> Padding.SAME;
            case VALID -> Padding.VALID;
            case NUMBER -> Padding.of(paddingY.get(), paddingX.get());
        };
    }

    /** Every property whose change alters the numbers (for recomputation and the unsaved mark). */
    public List<Observable> computeInputs() {
        return List.copyOf(undoable);
    }

    public UndoStack undoStack() {
        return undoStack;
    }

    public ObjectProperty<Tensor> inputProperty() {
        return input;
    }

    public ObjectProperty<FilterBank> filtersProperty() {
        return filters;
    }

    public IntegerProperty strideYProperty() {
        return strideY;
    }

    public IntegerProperty strideXProperty() {
        return strideX;
    }

    public ObjectProperty<PaddingMode> paddingModeProperty() {
        return paddingMode;
    }

    public IntegerProperty paddingYProperty() {
        return paddingY;
    }

    public IntegerProperty paddingXProperty() {
        return paddingX;
    }

    public IntegerProperty dilationYProperty() {
        return dilationY;
    }

    public IntegerProperty dilationXProperty() {
        return dilationX;
    }

    public BooleanProperty flipProperty() {
        return flip;
    }

    public ObjectProperty<ActivationFunction> activationProperty() {
        return activation;
    }

    public DoubleProperty leakySlopeProperty() {
        return leakySlope;
    }

    public ObjectProperty<PoolChoice> poolingProperty() {
        return pooling;
    }

    public IntegerProperty poolSizeProperty() {
        return poolSize;
    }

    public IntegerProperty poolStrideProperty() {
        return poolStride;
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public BooleanProperty sharedScaleProperty() {
        return sharedScale;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public IntegerProperty selectedFilterProperty() {
        return selectedFilter;
    }

    public ObjectProperty<HoverTarget> hoverProperty() {
        return hover;
    }
}
