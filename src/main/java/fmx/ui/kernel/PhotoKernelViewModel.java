package fmx.ui.kernel;

import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.PhotoKernel;
import fmx.ui.session.FilterBanks;
import fmx.ui.session.Numbers;
import fmx.ui.session.SessionModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The photo-kernel dialog's state: the kind ({@link PhotoKernelKind}) and its parameters in, the {@link PhotoKernel}s
 * they make (one, or a Gabor bank) or the core's message out, and what Apply will do to the session's filters.
 * Apply puts one kernel into the selected filter (every channel slice, the window fitted by
 * {@link KernelPlacement}) or replaces the whole bank, as one undo step. Parameters are kept between openings.
 * FX-thread only; no toolkit classes.
 */
public final class PhotoKernelViewModel {
    private final SessionModel session;
    private final int maxFilters;
    private final ObjectProperty<PhotoKernelKind> kind = new SimpleObjectProperty<>(this, "kind",
            PhotoKernelKind.GAUSSIAN);
    private final Map<PhotoKernelParameter, DoubleProperty> parameters = new EnumMap<>(PhotoKernelParameter.class);
    private final ReadOnlyObjectWrapper<List<PhotoKernel>> kernels = new ReadOnlyObjectWrapper<>(this, "kernels",
            List.of());
    private final ReadOnlyIntegerWrapper windowSize = new ReadOnlyIntegerWrapper(this, "windowSize");
    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper(this, "windowText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    /**
     * Worked out when read, not on every edit of the filters: it scans every weight of the bank, and the dialog
     * that shows it is usually closed (its label is bound only while it is showing).
     */
    private final StringBinding effect;

    /** {@code maxFilters}: the most filters the app allows (a Gabor bank needs one per orientation). */
    public PhotoKernelViewModel(SessionModel session, int maxFilters) {
        this.session = session;
        this.maxFilters = maxFilters;
        for (PhotoKernelParameter p : PhotoKernelParameter.values()) {
            DoubleProperty value = new SimpleDoubleProperty(this, p.key(), p.defaultValue());
            value.addListener(this::recompute);
            parameters.put(p, value);
        }
        kind.addListener(this::recompute);
        effect = Bindings.createStringBinding(this::describeEffect, kernels, kind, windowSize,
                session.filtersProperty(), session.selectedFilterProperty(), session.inputProperty());
        recompute(null);
    }

    public ObjectProperty<PhotoKernelKind> kindProperty() {
        return kind;
    }

    /** The value of {@code p} (integer ones are rounded when read). */
    public DoubleProperty parameter(PhotoKernelParameter p) {
        return parameters.get(p);
    }

    /** The kernels the settings make: one, or the Gabor bank's; empty when they are refused. */
    public ReadOnlyObjectProperty<List<PhotoKernel>> kernelsProperty() {
        return kernels.getReadOnlyProperty();
    }

    /** The kernels' window side (0 when refused). */
    public ReadOnlyIntegerProperty windowSizeProperty() {
        return windowSize.getReadOnlyProperty();
    }

    /** "13 × 13", or "over 31 × 31" when refused. */
    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    /** Why the settings make no kernel (the core's message), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The settings make a kernel: Apply may run. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** One sentence on what Apply will do to the filters ("" when refused). */
    public StringExpression effectProperty() {
        return effect;
    }

    private double value(PhotoKernelParameter p) {
        double v = parameters.get(p).get();
        return p.isInteger() ? Math.rint(v) : v;
    }

    private void recompute(Observable ignored) {
        List<PhotoKernel> made;
        String problem = "";
        int size = 0;
        try {
            made = make();
            for (PhotoKernel k : made) {
                size = Math.max(size, k.size()); // size() refuses a window over 31
            }
        } catch (InvalidSettingException e) {
            made = List.of();
            problem = e.getMessage();
        }
        kernels.set(made);
        windowSize.set(size);
        windowText.set(size == 0 ? Messages.TEXTS.text("photo.window.tooBig", PhotoKernel.MAX_SIZE,
                PhotoKernel.MAX_SIZE)
                : Messages.TEXTS.text("photo.window", size, size));
        message.set(problem);
        valid.set(!made.isEmpty());
    }

    private List<PhotoKernel> make() {
        double sigma = value(PhotoKernelParameter.SIGMA);
        return switch (kind.get()) {
            case GAUSSIAN -> List.of(new PhotoKernel.Gaussian(sigma));
            case LAPLACIAN_OF_GAUSSIAN -> List.of(new PhotoKernel.LaplacianOfGaussian(sigma));
            case DIFFERENCE_OF_GAUSSIANS -> List.of(new PhotoKernel.DifferenceOfGaussians(sigma,
                    value(PhotoKernelParameter.RATIO)));
            case MOTION_BLUR -> List.of(new PhotoKernel.MotionBlur((int) value(PhotoKernelParameter.LENGTH),
                    value(PhotoKernelParameter.ANGLE)));
            case GABOR_BANK -> {
                int n = (int) value(PhotoKernelParameter.ORIENTATIONS);
                if (n > maxFilters) {
                    throw new InvalidSettingException(Messages.TEXTS.text("photo.orientations.field"),
                            Messages.TEXTS.text("photo.orientations.tooMany", maxFilters, n));
                }
                yield List.copyOf(PhotoKernel.gaborBank(n, value(PhotoKernelParameter.WAVELENGTH), sigma,
                        value(PhotoKernelParameter.ASPECT), value(PhotoKernelParameter.PHASE)));
            }
        };
    }

    private int selected() {
        FilterBank bank = session.filtersProperty().get();
        return Math.clamp(session.selectedFilterProperty().get(), 0, bank.count() - 1);
    }

    private String describeEffect() {
        List<PhotoKernel> made = kernels.get();
        if (made.isEmpty()) {
            return "";
        }
        FilterBank bank = session.filtersProperty().get();
        if (kind.get().isBank()) {
            return Messages.TEXTS.text("photo.effect.bank", bank.count(), made.size(), angles(made));
        }
        int selected = selected();
        Int2 window = KernelPlacement.window(bank, selected, windowSize.get());
        String key = window.y() == windowSize.get() && window.x() == windowSize.get()
                ? "photo.effect.filter" : "photo.effect.filterWider";
        return Messages.TEXTS.text(key, selected + 1, window.y(), window.x()) + gridNote(window.y(), window.x());
    }

    /**
     * A photo kernel is usually wider than the numeric grid (13 x 13 on the 5 x 5 example): the grid's maps then
     * wait, marked out of date, which is better said before than discovered after.
     */
    private String gridNote(int kh, int kw) {
        var grid = session.inputProperty().get();
        if (grid == null || (kh <= grid.height() && kw <= grid.width())) {
            return "";
        }
        return " " + Messages.TEXTS.text("photo.effect.gridTooSmall", grid.height(), grid.width());
    }

    /** "0°, 45°, 90°, 135°"; more than 6 as "every 22.5° from 0° to 157.5°", which stays on one line. */
    private static String angles(List<PhotoKernel> bank) {
        double last = ((PhotoKernel.Gabor) bank.getLast()).angle();
        if (bank.size() > 6) {
            return Messages.TEXTS.text("photo.angles.every", angle(180.0 / bank.size()), angle(0), angle(last));
        }
        StringJoiner angles = new StringJoiner(", ");
        bank.forEach(k -> angles.add(angle(((PhotoKernel.Gabor) k).angle())));
        return angles.toString();
    }

    /** "22.5°", "101.25°": to the hundredth, so that a bank's angles read exactly (16 filters: 11.25° apart). */
    static String angle(double degrees) {
        String n = new java.math.BigDecimal(degrees).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return Messages.TEXTS.text("photo.degrees", n.startsWith("-") ? "\u2212" + n.substring(1) : n);
    }

    /**
     * Puts the kernels into the session's filters as one undo step: one kernel into the selected filter's every
     * channel slice (weights divided by the channel count, as {@link PhotoKernel#filterBank} does, so an RGB photo
     * sees the kernel applied to its grey level); a bank replaces every filter, biases 0, and selects filter 1.
     * Returns false, changing nothing, when the settings are refused.
     */
    public boolean apply() {
        List<PhotoKernel> made = kernels.get();
        if (made.isEmpty()) {
            return false;
        }
        FilterBank bank = session.filtersProperty().get();
        FilterBank own = PhotoKernel.filterBank(made, bank.channels());
        if (kind.get().isBank()) {
            session.edit(Messages.TEXTS.text("undo.photoBank", made.size(),
                    Numbers.format(value(PhotoKernelParameter.WAVELENGTH))), () ->
                    session.filtersProperty().set(own));
            session.selectedFilterProperty().set(0);
            return true;
        }
        int n = selected();
        FilterBank next = KernelPlacement.withKernel(bank, n, FilterBanks.slice(own, 0, 0), own.kernelHeight());
        session.edit(Messages.TEXTS.text("undo.photoKernel", made.getFirst().label(), n + 1), () ->
                session.filtersProperty().set(next));
        return true;
    }
}
