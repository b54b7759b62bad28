package fmx.ui.session;

import fmx.compute.ComputeRequest;
import fmx.compute.ComputeResult;
import fmx.compute.ComputeService;
import fmx.core.InvalidSettingException;
import fmx.core.LayerShape;
import fmx.core.Pipeline;
import fmx.core.ShapeArithmetic;
import fmx.core.Tensor;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the maps in step with the session: on every change it checks the settings (shape arithmetic only: cheap
 * enough for the FX thread), then sends a snapshot to the {@link ComputeService}. An invalid setting sets
 * {@link #messageProperty()} and marks the last good result stale instead of computing; a result is shown only if
 * it answers the newest request. FX-thread only (the service delivers there).
 */
public final class LiveComputation {
    private final SessionModel session;
    private final ComputeService service;
    private final ReadOnlyObjectWrapper<ComputeResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<LayerShape>> analysis = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper problemLayer = new ReadOnlyIntegerWrapper(-1);
    private long generation;
    /** The last generation whose result or failure has arrived. */
    private long settled;

    public LiveComputation(SessionModel session, ComputeService service) {
        this.session = session;
        this.service = service;
        for (Observable o : session.computeInputs()) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    /** Validates the current settings and, if they are valid, requests the maps. */
    public void recompute() {
        long gen = ++generation;
        Tensor input = session.inputProperty().get();
        Pipeline pipeline = session.pipeline();
        List<LayerShape> shapes;
        try {
            shapes = ShapeArithmetic.analyse(input.shape(), pipeline.layers());
        } catch (InvalidSettingException e) {
            message.set(readable(e));
            problemLayer.set(layerOf(e.field()));
            stale.set(result.get() != null);
            busy.set(false);
            return;
        }
        // Sent before the properties below are set: their listeners (formulas, status bar) then run on the FX thread
        // while the maps are computed, and the result is ready sooner for the frame that follows the edit.
        service.submit(new ComputeRequest(gen, input, pipeline), this::accept, this::fail);
        if (!sameArithmetic(shapes, analysis.get())) {
            analysis.set(shapes); // most edits change values only: the formulas panel is not rebuilt for them
        }
        problemLayer.set(-1);
        if (settled != gen) { // a service that answers at once has already said how the request ended
            message.set(null);
            busy.set(true);
        }
    }

    private void accept(ComputeResult r) {
        if (r.generation() != generation) {
            return; // a newer request is on its way
        }
        settled = generation;
        message.set(null);
        busy.set(false);
        stale.set(false);
        result.set(r);
    }

    private void fail(Throwable error) {
        settled = generation;
        busy.set(false);
        stale.set(result.get() != null);
        message.set(error instanceof InvalidSettingException e ? readable(e)
                : Messages.TEXTS.text("compute.failed", String.valueOf(error)));
    }

    private static boolean sameArithmetic(List<LayerShape> a, List<LayerShape> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            LayerShape x = a.get(i);
            LayerShape y = b.get(i);
            if (!x.input().equals(y.input()) || !x.output().equals(y.output())
                    || !x.derivations().equals(y.derivations()) || !x.notes().equals(y.notes())
                    || !java.util.Arrays.equals(x.unvisitedRows(), y.unvisitedRows())
                    || !java.util.Arrays.equals(x.unvisitedColumns(), y.unvisitedColumns())) {
                return false;
            }
        }
        return true;
    }

    /** "Convolution, padding: ..." from "layers[0].padding: ...". */
    static String readable(InvalidSettingException e) {
        String field = e.field();
        if (field == null) {
            return capitalise(e.detail());
        }
        int layer = layerOf(field);
        String rest = field.replaceFirst("^layers\\[\\d+\\]\\.?", "");
        String where = layer >= 0 && layer <= 2 ? Messages.TEXTS.text("layer." + layer) : "";
        String prefix = where.isEmpty() ? rest : rest.isEmpty() ? where : where + " " + rest;
        return prefix.isEmpty() ? capitalise(e.detail()) : prefix + ": " + e.detail();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int layerOf(String field) {
        if (field == null || !field.startsWith("layers[")) {
            return -1;
        }
        return Integer.parseInt(field.substring(7, field.indexOf(']')));
    }

    /** The newest good result (kept, marked stale, while the settings are invalid). */
    public ReadOnlyObjectProperty<ComputeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Shape arithmetic of the current settings; the last valid one while they are invalid. */
    public ReadOnlyObjectProperty<List<LayerShape>> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the shown maps do not match the settings (they are invalid or failed to compute). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** What is wrong with the settings, for the user; null when they are fine. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Index of the layer the message is about (0 conv, 1 activation, 2 pooling), or -1. */
    public ReadOnlyIntegerProperty problemLayerProperty() {
        return problemLayer.getReadOnlyProperty();
    }

    public SessionModel session() {
        return session;
    }
}
