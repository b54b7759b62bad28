package fmx.classroom;

import fmx.core.Cancellation;
import fmx.core.ConvLayer;
import fmx.core.Derivation;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.Layer;
import fmx.core.LayerShape;
import fmx.core.Padding;
import fmx.core.Parallelism;
import fmx.core.Shape3;
import fmx.core.ShapeArithmetic;
import fmx.core.Tensor;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;

/**
 * Generates practice exercises from a seed: the same seed and count give the same set within one
 * {@link #FORMAT_VERSION} (the numbers come from {@link SplittableRandom}, whose sequence Java specifies; any change to
 * what is drawn here raises the version). The exercises cycle through every {@link ExerciseKind} in an order drawn
 * from the seed; about half are multiple choice. Every answer and derivation comes from {@link ShapeArithmetic}
 * (or, for the next value, from the core's convolution); the wrong options are the results of typical mistakes,
 * distinct from the answer and from each other. Stateless and thread-safe.
 */
public final class ExerciseGenerator {
    /** The version of the seed-to-exercises mapping. */
    public static final int FORMAT_VERSION = 1;
    /** Options of a multiple choice: the answer and three mistakes. */
    public static final int OPTIONS = 4;

    private final ResourceBundle prompts;

    public ExerciseGenerator() {
        this(Locale.getDefault());
    }

    public ExerciseGenerator(Locale locale) {
        prompts = ResourceBundle.getBundle("fmx.classroom.exercises", locale);
    }

    /** {@code count} (1 or more) exercises from {@code seed}. */
    public ExerciseSet generate(long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<ExerciseKind> order = new ArrayList<>(List.of(ExerciseKind.values()));
        for (int i = order.size() - 1; i > 0; i--) {
            order.set(i, order.set(random.nextInt(i + 1), order.get(i)));
        }
        List<Exercise> exercises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            exercises.add(exercise(i + 1, order.get(i % order.size()), random));
        }
        return new ExerciseSet(seed, FORMAT_VERSION, exercises);
    }

    private Exercise exercise(int number, ExerciseKind kind, SplittableRandom r) {
        Draft d = switch (kind) {
            case OUTPUT_SIZE -> outputSize(r);
            case FEATURE_MAPS -> featureMaps(r);
            case PARAMETERS -> parameters(r);
            case VOLUME -> volume(r);
            case EFFECTIVE_EXTENT -> extent(r);
            case RECEPTIVE_FIELD -> receptiveField(r);
            case NEXT_VALUE -> nextValue(r);
        };
        String prompt = MessageFormat.format(prompts.getString(kind.name()), d.arguments);
        if (!r.nextBoolean()) {
            return new Exercise(number, kind, prompt, d.answer, List.of(), -1, d.derivation, d.patch);
        }
        List<Long> options = new ArrayList<>(distractors(d.answer, d.mistakes, r));
        int correct = r.nextInt(OPTIONS);
        options.add(correct, d.answer);
        return new Exercise(number, kind, prompt, d.answer, options, correct, d.derivation, d.patch);
    }

    /** What an exercise kind draws: prompt arguments, answer, derivation, mistaken results (in preference order). */
    private record Draft(Object[] arguments, long answer, List<Derivation> derivation, List<Long> mistakes,
                         ValuePatch patch) {
        Draft(Object[] arguments, long answer, List<Derivation> derivation, List<Long> mistakes) {
            this(arguments, answer, derivation, mistakes, null);
        }
    }

    /**
     * Three wrong options: the distinct mistakes that differ from the answer (and are positive when the answer is),
     * shuffled, then neighbours of the answer if too few mistakes are left.
     */
    static List<Long> distractors(long answer, List<Long> mistakes, SplittableRandom r) {
        LinkedHashSet<Long> pool = new LinkedHashSet<>();
        for (long m : mistakes) {
            if (m != answer && (answer <= 0 || m > 0)) {
                pool.add(m);
            }
        }
        List<Long> wrong = new ArrayList<>(pool);
        for (int i = wrong.size() - 1; i > 0; i--) {
            wrong.set(i, wrong.set(r.nextInt(i + 1), wrong.get(i)));
        }
        List<Long> picked = new ArrayList<>(wrong.subList(0, Math.min(OPTIONS - 1, wrong.size())));
        for (long step = 1; picked.size() < OPTIONS - 1; step++) {
            for (long candidate : new long[] {answer + step, answer - step}) {
                if (picked.size() < OPTIONS - 1 && !picked.contains(candidate) && (answer <= 0 || candidate > 0)) {
                    picked.add(candidate);
                }
            }
        }
        return picked;
    }

    private static int pick(SplittableRandom r, int... values) {
        return values[r.nextInt(values.length)];
    }

    private static ConvLayer conv(int channels, int filters, int k, int stride, int padding, int dilation) {
        FilterBank bank = new FilterBank(filters, channels, k, k, new float[filters * channels * k * k],
                new float[filters]);
        return new ConvLayer(bank, Int2.of(stride), Padding.of(padding), Int2.of(dilation), false);
    }

    private static LayerShape analyse(Shape3 input, Layer... layers) {
        List<LayerShape> shapes = ShapeArithmetic.analyse(input, List.of(layers));
        return shapes.getLast();
    }

    private static Derivation figure(LayerShape shape, String quantity) {
        return shape.derivations().stream().filter(d -> d.quantity().equals(quantity)).findFirst().orElseThrow();
    }

    private static String s(long v) {
        return Long.toString(v);
    }

    private Draft outputSize(SplittableRandom r) {
        int k = pick(r, 1, 3, 3, 5, 7);
        int stride = pick(r, 1, 2, 2, 3);
        int padding = r.nextInt(k / 2 + 2);
        int dilation = k > 1 && r.nextInt(4) == 0 ? 2 : 1;
        int extent = ShapeArithmetic.effectiveExtent(k, dilation);
        int n = Math.max(extent, 5 + r.nextInt(60));
        LayerShape shape = analyse(new Shape3(1, n, n), conv(1, 1, k, stride, padding, dilation));
        long answer = shape.output().width();
        List<Long> mistakes = List.of(
                (long) Math.floorDiv(n + 2 * padding - extent, stride),              // forgot the + 1
                (long) Math.floorDiv(n + padding - extent, stride) + 1,              // padding on one side only
                (long) Math.floorDiv(n + 2 * padding - k, stride) + 1,               // dilation ignored
                (long) n + 2 * padding - extent + 1,                                 // stride ignored
                (long) Math.floorDiv(n - extent, stride) + 1);                       // padding forgotten
        return new Draft(new Object[] {s(n), s(k), s(stride), s(padding), s(dilation)}, answer,
                List.of(figure(shape, "output width")), mistakes);
    }

    private Draft featureMaps(SplittableRandom r) {
        int n = pick(r, 28, 32, 64, 224);
        int channels = pick(r, 1, 3, 16, 32, 64);
        int filters = pick(r, 4, 8, 16, 32, 64, 128);
        int k = pick(r, 1, 3, 5);
        LayerShape shape = analyse(new Shape3(channels, n, n), conv(channels, filters, k, 1, k / 2, 1));
        long answer = shape.output().channels();
        List<Long> mistakes = List.of((long) filters * channels, (long) channels, (long) filters + channels,
                (long) filters * k * k);
        return new Draft(new Object[] {s(n), s(channels), s(filters), s(k)}, answer,
                List.of(figure(shape, "number of feature maps")), mistakes);
    }

    private Draft parameters(SplittableRandom r) {
        int k = pick(r, 1, 3, 3, 5, 7);
        int channels = pick(r, 1, 3, 3, 8, 16, 32, 64);
        int filters = pick(r, 2, 4, 8, 16, 32, 64);
        LayerShape shape = analyse(new Shape3(channels, 16, 16), conv(channels, filters, k, 1, k / 2, 1));
        long answer = shape.parameters();
        long weights = (long) k * k * channels * filters;
        List<Long> mistakes = List.of(weights,                                 // biases forgotten
                ((long) k * k + 1) * filters,                                  // channels forgotten
                weights + 1,                                                   // one bias for the layer
                ((long) k * k + channels + 1) * filters);                      // channels added, not multiplied
        return new Draft(new Object[] {s(filters), s(k), s(channels)}, answer, List.of(figure(shape, "parameters")),
                mistakes);
    }

    private Draft volume(SplittableRandom r) {
        int k = pick(r, 1, 3, 3, 5);
        int stride = pick(r, 1, 1, 2);
        int padding = r.nextInt(k / 2 + 1);
        int n = 6 + r.nextInt(30);
        int channels = pick(r, 1, 3, 8);
        int filters = pick(r, 2, 4, 8, 16);
        LayerShape shape = analyse(new Shape3(channels, n, n), conv(channels, filters, k, stride, padding, 1));
        long out = shape.output().width();
        long answer = shape.output().volume();
        List<Long> mistakes = List.of((long) n * n * filters,                    // input size kept
                out * out,                                                       // number of maps forgotten
                out * out * filters * channels,                                  // channels multiplied in
                (out - 1) * (out - 1) * filters,                                 // + 1 forgotten in the size
                out * out * channels);                                           // channels instead of filters
        return new Draft(new Object[] {s(n), s(channels), s(filters), s(k), s(stride), s(padding)}, answer,
                List.of(figure(shape, "output width"), figure(shape, "volume")), mistakes);
    }

    private Draft extent(SplittableRandom r) {
        int k = pick(r, 2, 3, 3, 5, 7);
        int dilation = 2 + r.nextInt(4);
        int n = ShapeArithmetic.effectiveExtent(k, dilation) + 4;
        LayerShape shape = analyse(new Shape3(1, n, n), conv(1, 1, k, 1, 0, dilation));
        long answer = figure(shape, "effective kernel width").value();
        List<Long> mistakes = List.of((long) k,                                  // dilation ignored
                (long) k * dilation,                                             // k times d
                (long) (k - 1) * dilation,                                       // + 1 forgotten
                (long) k + dilation,
                (long) (k - 1) * (dilation - 1) + 1);                            // gap taken for the dilation
        return new Draft(new Object[] {s(k), s(dilation)}, answer, List.of(figure(shape, "effective kernel width")),
                mistakes);
    }

    private Draft receptiveField(SplittableRandom r) {
        int k1 = pick(r, 3, 3, 5, 7);
        int s1 = pick(r, 1, 1, 2, 2, 4);
        int k2 = pick(r, 1, 3, 3, 5);
        int s2 = pick(r, 1, 2);
        int d2 = r.nextInt(3) == 0 ? 2 : 1;
        Shape3 input = new Shape3(1, 64, 64);
        ConvLayer first = conv(1, 1, k1, s1, 0, 1);
        ConvLayer second = conv(1, 1, k2, s2, 0, d2);
        List<LayerShape> shapes = ShapeArithmetic.analyse(input, List.of(first, second));
        long answer = shapes.getLast().receptiveField().x();
        int e2 = ShapeArithmetic.effectiveExtent(k2, d2);
        List<Long> mistakes = List.of((long) k1 + e2 - 1,                         // first stride ignored
                (long) k1 + (k2 - 1) * s1,                                       // dilation ignored
                (long) k1 * e2,                                                  // extents multiplied
                (long) 1 + (k1 - 1) * s1 + (e2 - 1),                             // stride applied to the wrong layer
                (long) k1 + e2);                                                 // extents added
        return new Draft(new Object[] {s(k1), s(s1), s(k2), s(s2), s(d2)}, answer,
                List.of(figure(shapes.getFirst(), "receptive field width"),
                        figure(shapes.getLast(), "receptive field width")), mistakes);
    }

    private Draft nextValue(SplittableRandom r) {
        int size = pick(r, 2, 3, 3);
        int[] patch = new int[size * size];
        int[] kernel = new int[size * size];
        for (int i = 0; i < patch.length; i++) {
            patch[i] = r.nextInt(6);
            kernel[i] = r.nextInt(5) - 2;
        }
        int bias = r.nextInt(7) - 3;
        float[] p = new float[patch.length];
        float[] w = new float[kernel.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = patch[i];
            w[i] = kernel[i];
        }
        // The core's convolution gives the answer: a 1 x 1 output of the patch.
        ConvLayer layer = new ConvLayer(new FilterBank(1, 1, size, size, w, new float[] {bias}), Int2.of(1),
                Padding.of(0), Int2.of(1), false);
        long answer = Math.round(layer.apply(new Tensor(new Shape3(1, size, size), p), Parallelism.serial(),
                Cancellation.NONE).get(0, 0, 0));
        long flipped = bias;
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < patch.length; i++) {
            flipped += (long) kernel[patch.length - 1 - i] * patch[i];
            products.append(i == 0 ? "" : " + ").append(operand(kernel[i])).append('*').append(patch[i]);
        }
        long sum = answer - bias;
        Derivation d = new Derivation("output value", "sum of w*x over the window + b",
                products + " + " + operand(bias) + " = " + sum + " + " + operand(bias) + " = " + answer, answer);
        List<Long> mistakes = List.of(sum,                                       // bias forgotten
                flipped,                                                         // kernel flipped (convolution)
                sum - bias,                                                      // bias subtracted
                Math.max(0, answer));                                            // ReLU applied unasked
        return new Draft(new Object[] {s(size), s(bias)}, answer, List.of(d), mistakes,
                new ValuePatch(size, patch, kernel, bias));
    }

    private static String operand(long v) {
        return v < 0 ? "(" + v + ")" : Long.toString(v);
    }
}
