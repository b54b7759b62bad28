package fmx.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ShapeArithmetic;
import fmx.core.Tensor;
import fmx.io.InputSource;
import fmx.ui.session.SessionMapping;
import fmx.ui.session.SessionModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every shipped lesson from the first step to the last, and checks the numbers the lessons state. */
class ShippedLessonsTest {
    /** Ids and regions a step may highlight: the explorer window's controls (see the views' setId calls). */
    private static final Set<String> HIGHLIGHTS = Set.of("input-grid-0", "kernel-grid-0", "map-conv-0", "map-act-0",
            "map-pool-0", "maps-scroll", "formulas-panel", "stride-y-spinner", "padding-mode-combo",
            "padding-y-spinner", "bias-field", "activation-combo", "pooling-combo", "pool-stride-spinner",
            "dilation-y-spinner");

    static List<String> names() throws Exception {
        return LessonCatalog.names();
    }

    @Test
    void tenLessonsShipInTeachingOrder() throws Exception {
        assertEquals(10, names().size());
        assertEquals("What a feature map is", LessonCatalog.load(names().getFirst()).title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyStepLoadsIntoTheWindowAndRunsThroughTheCore(String name) throws Exception {
        Lesson lesson = LessonCatalog.load(name);
        assertTrue(lesson.steps().size() >= 3 && lesson.steps().size() <= 6, name + " has " + lesson.steps().size());
        assertFalse(lesson.description().isBlank());
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = name + " step " + i;
            SessionModel model = new SessionModel();
            SessionMapping.load(step.session(), model);
            Tensor input = ((InputSource.Grid) step.session().input()).values();
            List<Tensor> outputs = model.pipeline().run(input);
            assertEquals(step.session().layers().size(), outputs.size(), where);
            for (Tensor t : outputs) {
                for (float v : t.data()) {
                    assertTrue(Float.isFinite(v), where);
                }
            }
            long sentences = Stream.of(step.text().split("(?<=[.!?])\\s+")).count();
            assertTrue(sentences >= 2 && sentences <= 3, where + " has " + sentences + " sentences: " + step.text());
            assertTrue(step.highlight() == null || HIGHLIGHTS.contains(step.highlight()), where + ": " + step.highlight());
        }
    }

    private static Question question(String lesson, int step) throws Exception {
        return LessonCatalog.load(lesson).steps().get(step).question();
    }

    private static double numeric(String lesson, int step) throws Exception {
        return assertInstanceOf(Question.Numeric.class, question(lesson, step)).answer();
    }

    private static String choice(String lesson, int step) throws Exception {
        Question.Choice c = assertInstanceOf(Question.Choice.class, question(lesson, step));
        return c.options().get(c.correct());
    }

    @Test
    void theFeatureMapLessonsNumbersComeFromTheCore() throws Exception {
        LessonStep step = LessonCatalog.load("01-feature-map.json").steps().get(2);
        Tensor input = ((InputSource.Grid) step.session().input()).values();
        Tensor map = step.session().pipeline().run(input).getFirst();
        assertEquals(map.get(0, 0, 0), numeric("01-feature-map.json", 2));
        assertEquals(map.height() * map.width(), numeric("01-feature-map.json", 3));
    }

    @Test
    void theShapeAnswersEqualShapeArithmetic() throws Exception {
        List<Map.Entry<Double, Double>> numeric = List.of(
                Map.entry(numeric("02-stride.json", 1), (double) ShapeArithmetic.outputSize(7, 3, 2, 0, 1)),
                Map.entry(numeric("02-stride.json", 2), (double) ShapeArithmetic.outputSize(8, 3, 2, 0, 1)),
                Map.entry(numeric("04-depth.json", 2), (double) ShapeArithmetic.volume(4, 4, 3)),
                Map.entry(numeric("05-channels.json", 2), (double) ShapeArithmetic.parameters(3, 3, 3, 2)),
                Map.entry(numeric("07-pooling.json", 2), (double) ShapeArithmetic.outputSize(224, 2, 2, 0, 1)),
                Map.entry(numeric("08-dilation.json", 1), (double) ShapeArithmetic.effectiveExtent(3, 2)),
                Map.entry(numeric("09-vgg.json", 1), (double) ShapeArithmetic.outputSize(224, 3, 1, 1, 1)),
                Map.entry(numeric("09-vgg.json", 2), (double) ShapeArithmetic.parameters(3, 3, 3, 64)),
                Map.entry(numeric("09-vgg.json", 3), (double) ShapeArithmetic.volume(224, 224, 64)));
        numeric.forEach(e -> assertEquals(e.getValue(), e.getKey()));
        assertEquals(String.valueOf(ShapeArithmetic.outputSize(9, 3, 2, 0, 1)), choice("02-stride.json", 3));
        assertEquals(String.valueOf(ShapeArithmetic.outputSize(32, 3, 1, 1, 1)), choice("03-padding.json", 3));
        assertEquals(String.valueOf(ShapeArithmetic.parameters(3, 3, 3, 64)), choice("05-channels.json", 3));
        assertEquals(String.valueOf(ShapeArithmetic.outputSize(13, 3, 2, 0, 1)), choice("07-pooling.json", 3));
        assertEquals(String.valueOf(ShapeArithmetic.effectiveExtent(3, 3)), choice("08-dilation.json", 3));
        assertEquals(5, ShapeArithmetic.analyse(new fmx.core.Shape3(1, 9, 9), List.of(
                fmx.core.ConvLayer.of(fmx.core.FilterBank.single(new float[1][3][3])),
                fmx.core.ConvLayer.of(fmx.core.FilterBank.single(new float[1][3][3])))).getLast().receptiveField().x());
        assertEquals(5, (int) numeric("08-dilation.json", 2));
        // "same" for a 7 x 7 filter: 3 on each side keeps a size.
        assertEquals(20, ShapeArithmetic.outputSize(20, 7, 1, (int) numeric("03-padding.json", 2), 1));
    }

    @Test
    void theVggTextStatesTheComputedNumbers() throws Exception {
        Lesson vgg = LessonCatalog.load("09-vgg.json");
        String text = String.join(" ", vgg.steps().stream().map(LessonStep::text).toList());
        assertTrue(text.contains("64 filters of 3 x 3 on a 224 x 224 RGB photo"));
        assertTrue(text.contains("3 x 3 x 3 = " + (ShapeArithmetic.parameters(3, 3, 3, 1) - 1) + " weights"));
        long bytes = 4 * ShapeArithmetic.volume(224, 224, 64);
        assertEquals(12_845_056, bytes);
        assertTrue(text.contains("about 12.8 MB"));
        assertTrue(vgg.steps().get(3).question().explanation().contains("3,211,264 numbers, 12,845,056 bytes"));
    }

    @Test
    void theLessonsSessionsAreTheOnesTheyDescribe() throws Exception {
        Lesson stride = LessonCatalog.load("02-stride.json");
        // Step 2's 8 x 8 input with stride 2 leaves the last row and column unvisited, as the text says.
        var shape = ShapeArithmetic.analyse(new fmx.core.Shape3(1, 8, 8), stride.steps().get(2).session().layers());
        assertEquals(7, shape.getFirst().unvisitedRows()[0]);
        Lesson depth = LessonCatalog.load("04-depth.json");
        assertEquals(3, depth.steps().get(1).session().pipeline().shapes(new fmx.core.Shape3(1, 6, 6)).getFirst()
                .channels());
        Lesson vgg = LessonCatalog.load("09-vgg.json");
        var input = ((InputSource.Grid) vgg.steps().getFirst().session().input()).values().shape();
        assertEquals(new fmx.core.Shape3(3, 8, 8), input);
        assertEquals(new fmx.core.Shape3(4, 8, 8), vgg.steps().getFirst().session().pipeline().shapes(input).getFirst());
    }
}
