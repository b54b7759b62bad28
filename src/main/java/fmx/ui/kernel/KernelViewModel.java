package fmx.ui.kernel;

import fmx.core.FilterBank;
import fmx.core.KernelPreset;
import fmx.ui.session.FilterBanks;
import fmx.ui.session.SessionModel;
import java.util.Random;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The filter bank editor: which filter is selected, its weights per channel slice and its bias, presets, kernel
 * size, and adding, removing, duplicating and reordering filters (1 to 16). Every action is one undo step. Kernels
 * set by their physical parameters (a Gaussian's sigma, a Gabor bank) come from {@link #photoKernels()}.
 * FX-thread only.
 */
public final class KernelViewModel {
    public static final int MAX_FILTERS = 16;
    public static final int MAX_KERNEL = fmx.core.PhotoKernel.MAX_SIZE; // 31: photo kernels (a Gaussian of sigma 5)

    private final SessionModel session;
    private final Random random = new Random();
    private final PhotoKernelViewModel photoKernels;

    public KernelViewModel(SessionModel session) {
        this.session = session;
        this.photoKernels = new PhotoKernelViewModel(session, MAX_FILTERS);
        session.filtersProperty().addListener((o, a, b) -> clampSelection());
    }

    /** The "Photo kernel..." dialog's state (kept between openings). */
    public PhotoKernelViewModel photoKernels() {
        return photoKernels;
    }

    public ReadOnlyObjectProperty<FilterBank> filtersProperty() {
        return session.filtersProperty();
    }

    /** Index of the filter being edited. */
    public IntegerProperty selectedProperty() {
        return session.selectedFilterProperty();
    }

    private int selected() {
        return Math.clamp(session.selectedFilterProperty().get(), 0, bank().count() - 1);
    }

    private FilterBank bank() {
        return session.filtersProperty().get();
    }

    private void clampSelection() {
        int s = session.selectedFilterProperty().get();
        if (s >= bank().count()) {
            session.selectedFilterProperty().set(bank().count() - 1);
        }
    }

    /** Slice {@code c} of the selected filter, kh*kw row-major. */
    public float[] slice(int c) {
        return FilterBanks.slice(bank(), selected(), c);
    }

    public float bias() {
        return bank().bias(selected());
    }

    public void editWeight(int c, int ky, int kx, float value) {
        int n = selected();
        if (bank().weight(n, c, ky, kx) == value) {
            return;
        }
        FilterBank next = FilterBanks.withWeight(bank(), n, c, ky, kx, value);
        session.edit(Messages.TEXTS.text("undo.editWeight", ky, kx, n + 1),
                () -> session.filtersProperty().set(next));
    }

    public void setBias(float value) {
        int n = selected();
        if (bank().bias(n) == value) {
            return;
        }
        FilterBank next = FilterBanks.withBias(bank(), n, value);
        session.edit(Messages.TEXTS.text("undo.bias", n + 1, String.valueOf(value)), () -> session.filtersProperty().set(next));
    }

    /** Fills every channel slice of the selected filter with the preset at the current kernel size. */
    public void applyPreset(KernelPreset preset) {
        int n = selected();
        float[] slice = preset.weights(bank().kernelHeight(), bank().kernelWidth(), random);
        FilterBank next = FilterBanks.withFilterSlices(bank(), n, slice);
        session.edit(Messages.TEXTS.text("undo.preset", preset.label(), n + 1),
                () -> session.filtersProperty().set(next));
    }

    /** Resizes every kernel (1..11 per axis), keeping the overlapping weights. */
    public void resizeKernels(int kh, int kw) {
        int h = Math.clamp(kh, 1, MAX_KERNEL);
        int w = Math.clamp(kw, 1, MAX_KERNEL);
        if (h == bank().kernelHeight() && w == bank().kernelWidth()) {
            return;
        }
        FilterBank next = FilterBanks.resize(bank(), h, w);
        session.edit(Messages.TEXTS.text("undo.size", h, w), () -> session.filtersProperty().set(next));
    }

    /** Adds an identity filter after the selected one and selects it. */
    public void addFilter() {
        if (bank().count() >= MAX_FILTERS) {
            return;
        }
        int at = selected() + 1;
        FilterBank next = FilterBanks.insert(bank(), at,
                KernelPreset.IDENTITY.weights(bank().kernelHeight(), bank().kernelWidth()));
        session.edit(Messages.TEXTS.text("undo.add", at + 1), () -> session.filtersProperty().set(next));
        session.selectedFilterProperty().set(at);
    }

    public void duplicateFilter() {
        if (bank().count() >= MAX_FILTERS) {
            return;
        }
        int n = selected();
        FilterBank next = FilterBanks.duplicate(bank(), n);
        session.edit(Messages.TEXTS.text("undo.duplicate", n + 1), () -> session.filtersProperty().set(next));
        session.selectedFilterProperty().set(n + 1);
    }

    public void removeFilter() {
        if (bank().count() <= 1) {
            return;
        }
        int n = selected();
        FilterBank next = FilterBanks.remove(bank(), n);
        session.edit(Messages.TEXTS.text("undo.remove", n + 1), () -> session.filtersProperty().set(next));
    }

    /** Moves the selected filter up (-1) or down (+1). */
    public void moveFilter(int direction) {
        int n = selected();
        int to = n + direction;
        if (to < 0 || to >= bank().count()) {
            return;
        }
        FilterBank next = FilterBanks.swap(bank(), n, to);
        session.edit(Messages.TEXTS.text(direction < 0 ? "undo.moveUp" : "undo.moveDown", n + 1),
                () -> session.filtersProperty().set(next));
        session.selectedFilterProperty().set(to);
    }

    public boolean canAdd() {
        return bank().count() < MAX_FILTERS;
    }

    public boolean canRemove() {
        return bank().count() > 1;
    }
}
