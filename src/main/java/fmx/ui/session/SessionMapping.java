package fmx.ui.session;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.io.InputSource;
import fmx.io.Session;
import fmx.core.ColorMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Between the window's {@link SessionModel} and the file format's {@link Session}: the window shows one
 * convolution, an optional activation and an optional (square) pooling, and keeps its view settings under
 * "view" ({@code colorMap}, {@code sharedScale}, {@code theme}, {@code selectedFilter}).
 */
public final class SessionMapping {
    private SessionMapping() {}

    public static Session toSession(SessionModel m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("colorMap", m.colorMapProperty().get().name().toLowerCase(Locale.ROOT));
        view.put("sharedScale", m.sharedScaleProperty().get());
        view.put("theme", m.darkThemeProperty().get() ? "dark" : "light");
        view.put("selectedFilter", m.selectedFilterProperty().get());
        return new Session(new InputSource.Grid(m.inputProperty().get().copy()), m.pipeline().layers(), view);
    }

    /**
     * Loads {@code s} into {@code m} as one unrecorded change (the history is cleared). Throws
     * {@link InvalidSettingException} saying what this window cannot show, leaving {@code m} unchanged.
     */
    public static void load(Session s, SessionModel m) {
        if (!(s.input() instanceof InputSource.Grid grid)) {
            throw new InvalidSettingException("input", Messages.TEXTS.text("load.photo"));
        }
        List<Layer> layers = s.layers();
        if (layers.isEmpty() || !(layers.get(0) instanceof ConvLayer conv)) {
            throw new InvalidSettingException("layers[0]", Messages.TEXTS.text("load.convFirst"));
        }
        ActivationLayer act = ActivationLayer.of(ActivationFunction.IDENTITY);
        PoolLayer pool = null;
        int i = 1;
        if (i < layers.size() && layers.get(i) instanceof ActivationLayer a) {
            act = a;
            i++;
        }
        if (i < layers.size() && layers.get(i) instanceof PoolLayer p) {
            if (!p.size().isSquare() || !p.stride().isSquare()) {
                throw new InvalidSettingException("layers[" + i + "]", Messages.TEXTS.text("load.squarePool",
                        String.valueOf(p.size()), String.valueOf(p.stride())));
            }
            pool = p;
            i++;
        }
        if (i < layers.size()) {
            throw new InvalidSettingException("layers[" + i + "]", Messages.TEXTS.text("load.tooManyLayers"));
        }
        ActivationLayer activation = act;
        PoolLayer pooling = pool;
        Map<String, Object> view = s.view();
        m.replaceAll(() -> {
            m.inputProperty().set(grid.values().copy());
            m.filtersProperty().set(conv.filters());
            m.strideYProperty().set(conv.stride().y());
            m.strideXProperty().set(conv.stride().x());
            m.dilationYProperty().set(conv.dilation().y());
            m.dilationXProperty().set(conv.dilation().x());
            m.flipProperty().set(conv.flip());
            switch (conv.padding()) {
                case Padding.Same same -> m.paddingModeProperty().set(PaddingMode.SAME);
                case Padding.Valid valid -> m.paddingModeProperty().set(PaddingMode.VALID);
                case Padding.Explicit e -> {
                    m.paddingModeProperty().set(PaddingMode.NUMBER);
                    m.paddingYProperty().set(e.y());
                    m.paddingXProperty().set(e.x());
                }
            }
            m.activationProperty().set(activation.function());
            m.leakySlopeProperty().set(activation.slope());
            m.poolingProperty().set(pooling == null ? PoolChoice.OFF : PoolChoice.of(pooling.mode()));
            if (pooling != null) {
                m.poolSizeProperty().set(pooling.size().y());
                m.poolStrideProperty().set(pooling.stride().y());
            }
            applyView(view, m);
        });
    }

    private static void applyView(Map<String, Object> view, SessionModel m) {
        if (view.get("colorMap") instanceof String name) {
            for (ColorMap c : ColorMap.values()) {
                if (c.name().equalsIgnoreCase(name)) {
                    m.colorMapProperty().set(c);
                }
            }
        }
        if (view.get("sharedScale") instanceof Boolean b) {
            m.sharedScaleProperty().set(b);
        }
        if (view.get("theme") instanceof String theme) {
            m.darkThemeProperty().set(theme.equals("dark"));
        }
        m.selectedFilterProperty().set(view.get("selectedFilter") instanceof Number n
                ? Math.clamp(n.intValue(), 0, m.filtersProperty().get().count() - 1) : 0);
    }
}
