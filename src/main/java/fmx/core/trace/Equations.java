package fmx.core.trace;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.PoolMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The arithmetic of a trace step written out with its numbers, as plain text and as LaTeX.
 *
 * <p>Convolution, one channel: {@code z = 1·0 + 0·1 + (-1)·2 + b = -2 + 0.5 = -1.5; a = ReLU(-1.5) = 0}. Several
 * channels: each channel's products and partial sum, then the sum over channels:
 * {@code ch0: 1·0 + 2·1 = 2 | ch1: (-1)·3 = -3; z = 2 + (-3) + b = -1 + 0.5 = -0.5; a = ReLU(-0.5) = 0}. The value
 * after "b =" is the core's sum over channels (see {@link ConvStep#channelSum()}); padding taps appear as
 * {@code w·0}. No activation (or identity): no "a =" part. LaTeX groups each channel's products under
 * an underbrace labelled with its partial sum. Negative operands are in parentheses; numbers follow
 * {@link NumberText}; long sums are elided in the middle with "…" / {@code \dots} as {@link EquationStyle} says.
 * Stateless.
 */
public final class Equations {
    private static final String ELIDED = "…";

    private Equations() {}

    /** Plain text of any trace step. */
    public static String plain(TraceStep step, EquationStyle style) {
        return switch (step) {
            case ConvStep c -> plain(c, style);
            case PoolStep p -> plain(p, style);
            case ActivationStep a -> plain(a);
        };
    }

    /** LaTeX of any trace step. */
    public static String latex(TraceStep step, EquationStyle style) {
        return switch (step) {
            case ConvStep c -> latex(c, style);
            case PoolStep p -> latex(p, style);
            case ActivationStep a -> latex(a);
        };
    }

    public static String plain(ConvStep step, EquationStyle style) {
        int d = style.decimals();
        StringBuilder sb = new StringBuilder();
        String tail = " + b = " + NumberText.plain(step.channelSum(), d) + " + " + NumberText.operand(step.bias(), d)
                + " = " + NumberText.plain(step.z(), d);
        if (step.channels() == 1) {
            sb.append("z = ").append(products(step, 0, style, false)).append(tail);
        } else {
            int channels = step.channels();
            sb.append(String.join(" | ", elide(channels, style.maxChannels(), ELIDED, c -> "ch" + c + ": "
                    + products(step, c, style, false) + " = " + NumberText.plain(step.partialSums()[c], d))));
            sb.append("; z = ").append(String.join(" + ", elide(channels, style.maxChannels(), ELIDED,
                    c -> NumberText.operand(step.partialSums()[c], d)))).append(tail);
        }
        String f = plainName(step.activation());
        if (f != null) {
            sb.append("; a = ").append(f).append('(').append(NumberText.plain(step.z(), d)).append(") = ")
                    .append(NumberText.plain(step.a(), d));
        }
        return sb.toString();
    }

    public static String latex(ConvStep step, EquationStyle style) {
        int d = style.decimals();
        StringBuilder sb = new StringBuilder("z = ");
        if (step.channels() == 1) {
            sb.append(products(step, 0, style, true));
        } else {
            sb.append(String.join(" + ", elide(step.channels(), style.maxChannels(), "\\dots",
                    c -> "\\underbrace{" + products(step, c, style, true) + "}_{\\text{ch " + c + "} = "
                            + NumberText.latex(step.partialSums()[c], d) + "}")));
        }
        sb.append(" + b = ").append(NumberText.latex(step.channelSum(), d)).append(" + ")
                .append(NumberText.latexOperand(step.bias(), d)).append(" = ").append(NumberText.latex(step.z(), d));
        String f = latexName(step.activation());
        if (f != null) {
            sb.append(",\\quad a = ").append(f).append('(').append(NumberText.latex(step.z(), d)).append(") = ")
                    .append(NumberText.latex(step.a(), d));
        }
        return sb.toString();
    }

    /** {@code max(0, 3, 1, 2) = 3} or {@code avg(0, 3, 1, 2) = 6 / 4 = 1.5}. */
    public static String plain(PoolStep step, EquationStyle style) {
        int d = style.decimals();
        List<String> values = new ArrayList<>();
        for (PoolCell cell : step.cells()) {
            values.add(NumberText.plain(cell.value(), d));
        }
        String list = String.join(", ", elide(values, style.maxTerms(), ELIDED));
        if (step.mode() == PoolMode.MAX) {
            return "max(" + list + ") = " + NumberText.plain(step.result(), d);
        }
        return "avg(" + list + ") = " + NumberText.plain(step.sum(), d) + " / " + step.cells().size() + " = "
                + NumberText.plain(step.result(), d);
    }

    /** {@code \max(0, \mathbf{3}, 1, 2) = 3} (the winner in bold) or {@code \frac{0 + 3 + 1 + 2}{4} = 1.5}. */
    public static String latex(PoolStep step, EquationStyle style) {
        int d = style.decimals();
        List<String> values = new ArrayList<>();
        for (int k = 0; k < step.cells().size(); k++) {
            String v = step.mode() == PoolMode.MAX ? NumberText.latex(step.cells().get(k).value(), d)
                    : NumberText.latexOperand(step.cells().get(k).value(), d);
            values.add(k == step.winner() ? "\\mathbf{" + v + "}" : v);
        }
        if (step.mode() == PoolMode.MAX) {
            return "\\max(" + String.join(", ", elide(values, style.maxTerms(), "\\dots")) + ") = "
                    + NumberText.latex(step.result(), d);
        }
        return "\\frac{" + String.join(" + ", elide(values, style.maxTerms(), "\\dots")) + "}{" + step.cells().size()
                + "} = " + NumberText.latex(step.result(), d);
    }

    /** {@code a = ReLU(z) for each of the 4x4 cells of map 0}. */
    public static String plain(ActivationStep step) {
        String f = plainName(step.activation());
        return "a = " + (f == null ? "z" : f + "(z)") + " for each of the " + step.height() + "x" + step.width()
                + " cells of map " + step.filter();
    }

    /** {@code a = \mathrm{ReLU}(z)}. */
    public static String latex(ActivationStep step) {
        String f = latexName(step.activation());
        return "a = " + (f == null ? "z" : f + "(z)");
    }

    private static String products(ConvStep step, int channel, EquationStyle style, boolean latex) {
        int d = style.decimals();
        List<Tap> taps = step.taps(channel);
        return String.join(" + ", elide(taps.size(), style.maxTerms(), latex ? "\\dots" : ELIDED, k -> latex
                ? NumberText.latexOperand(taps.get(k).weight(), d) + " \\cdot " + NumberText.latexOperand(taps.get(k).input(), d)
                : NumberText.operand(taps.get(k).weight(), d) + "·" + NumberText.operand(taps.get(k).input(), d)));
    }

    static List<String> elide(List<String> items, int max, String ellipsis) {
        return elide(items.size(), max, ellipsis, items::get);
    }

    /**
     * Items 0..size-1, or when more than {@code max}, the first ceil(max/2) and last floor(max/2) with the ellipsis
     * between. Only the items shown are formatted, so an 11x11x64 kernel costs no more than a 3x3 one.
     */
    static List<String> elide(int size, int max, String ellipsis, IntFunction<String> item) {
        List<String> out = new ArrayList<>(Math.min(size, max) + 1);
        int head = size <= max ? size : (max + 1) / 2;
        for (int k = 0; k < head; k++) {
            out.add(item.apply(k));
        }
        if (size > max) {
            out.add(ellipsis);
            for (int k = size - max / 2; k < size; k++) {
                out.add(item.apply(k));
            }
        }
        return out;
    }

    private static String plainName(ActivationLayer layer) {
        if (layer == null) {
            return null;
        }
        return switch (layer.function()) {
            case IDENTITY -> null;
            case RELU -> "ReLU";
            case LEAKY_RELU -> "LeakyReLU";
            case SIGMOID -> "σ";
            case TANH -> "tanh";
        };
    }

    private static String latexName(ActivationLayer layer) {
        if (layer == null || layer.function() == ActivationFunction.IDENTITY) {
            return null;
        }
        return switch (layer.function()) {
            case RELU -> "\\mathrm{ReLU}";
            case LEAKY_RELU -> "\\mathrm{LeakyReLU}";
            case SIGMOID -> "\\sigma";
            case TANH -> "\\tanh";
            case IDENTITY -> throw new AssertionError();
        };
    }
}
