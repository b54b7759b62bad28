package fmx.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ShapeArithmetic;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExerciseGeneratorTest {
    private static final ExerciseGenerator GENERATOR = new ExerciseGenerator(Locale.ENGLISH);

    @Test
    void theSameSeedGivesTheSameSet() {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(GENERATOR.generate(seed, 12), new ExerciseGenerator(Locale.ENGLISH).generate(seed, 12));
        }
        assertNotEquals(GENERATOR.generate(1, 12).exercises(), GENERATOR.generate(2, 12).exercises());
    }

    /** A pinned exercise: if this changes, the mapping from seeds to sets changed and FORMAT_VERSION must rise. */
    @Test
    void theSeedToSetMappingIsPinnedForThisFormatVersion() {
        assertEquals(1, ExerciseGenerator.FORMAT_VERSION);
        List<Exercise> set = GENERATOR.generate(42, 7).exercises();
        assertEquals(EnumSet.allOf(ExerciseKind.class), EnumSet.copyOf(set.stream().map(Exercise::kind).toList()));
        String fingerprint = set.stream().map(e -> e.kind() + ":" + e.answer() + e.options()).toList().toString();
        assertEquals(PINNED_42, fingerprint);
    }

    private static final String PINNED_42 = "[VOLUME:288[], EFFECTIVE_EXTENT:5[], NEXT_VALUE:9[], "
            + "RECEPTIVE_FIELD:3[5, 4, 3, 2], FEATURE_MAPS:64[], OUTPUT_SIZE:14[], PARAMETERS:56[55, 56, 54, 20]]";

    @Test
    void everyKindAppearsInASetOfSeven() {
        for (long seed = 0; seed < 20; seed++) {
            Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
            GENERATOR.generate(seed, 7).exercises().forEach(e -> kinds.add(e.kind()));
            assertEquals(EnumSet.allOf(ExerciseKind.class), kinds);
        }
    }

    private static int[] numbers(String prompt) {
        Matcher m = Pattern.compile("-?\\d+").matcher(prompt);
        return m.results().mapToInt(r -> Integer.parseInt(r.group())).toArray();
    }

    /** The answer recomputed from the numbers in the prompt, with ShapeArithmetic or by hand for the next value. */
    private static long recompute(Exercise e) {
        int[] n = numbers(e.prompt());
        return switch (e.kind()) {
            // "A n x n input ... k x k convolution with stride s, padding p and dilation d"
            case OUTPUT_SIZE -> ShapeArithmetic.outputSize(n[0], n[2], n[4], n[5], n[6]);
            // "A n x n input with C channels ... N filters of k x k x C"
            case FEATURE_MAPS -> n[3];
            // "N filters of k x k on an input with C channels"
            case PARAMETERS -> ShapeArithmetic.parameters(n[1], n[2], n[3], n[0]);
            // "A n x n x C input goes through N filters of k x k with stride s and padding p"
            case VOLUME -> {
                int out = ShapeArithmetic.outputSize(n[0], n[4], n[6], n[7], 1);
                yield ShapeArithmetic.volume(out, out, n[3]);
            }
            case EFFECTIVE_EXTENT -> ShapeArithmetic.effectiveExtent(n[0], n[2]);
            // "first k1 x k1 with stride s1, then k2 x k2 with stride s2 and dilation d2": r = k1 + (e2 - 1) * s1
            case RECEPTIVE_FIELD -> n[0] + (ShapeArithmetic.effectiveExtent(n[3], n[6]) - 1) * n[2];
            case NEXT_VALUE -> {
                ValuePatch p = e.patch();
                long sum = p.bias();
                for (int i = 0; i < p.size() * p.size(); i++) {
                    sum += (long) p.patch()[i] * p.kernel()[i];
                }
                yield sum;
            }
        };
    }

    @Test
    void answersEqualTheCoreOnManySeeds() {
        for (long seed = 0; seed < 300; seed++) {
            for (Exercise e : GENERATOR.generate(seed, 14).exercises()) {
                assertEquals(recompute(e), e.answer(), "seed " + seed + ": " + e.prompt());
                assertEquals(e.answer(), e.derivation().getLast().value(), "seed " + seed + ": " + e.derivationText());
                assertTrue(e.derivationText().contains("= " + e.answer()), e.derivationText());
                assertTrue(e.accepts(Long.toString(e.answer())));
                assertFalse(e.accepts(Long.toString(e.answer() + 1)));
            }
        }
    }

    @Test
    void distractorsAreDistinctAndWrongAndTheAnswerIsAmongTheOptions() {
        int choices = 0;
        for (long seed = 0; seed < 300; seed++) {
            for (Exercise e : GENERATOR.generate(seed, 14).exercises()) {
                if (!e.isChoice()) {
                    continue;
                }
                choices++;
                assertEquals(ExerciseGenerator.OPTIONS, e.options().size());
                assertEquals(ExerciseGenerator.OPTIONS, new HashSet<>(e.options()).size(), e.options().toString());
                assertEquals(e.answer(), e.options().get(e.correctIndex()));
                assertEquals(1, e.options().stream().filter(o -> o == e.answer()).count());
                if (e.answer() > 0) {
                    assertTrue(e.options().stream().allMatch(o -> o > 0), e.options().toString());
                }
                assertTrue(e.accepts(e.correctIndex()));
                assertFalse(e.accepts((e.correctIndex() + 1) % ExerciseGenerator.OPTIONS));
            }
        }
        assertTrue(choices > 1000, "about half are multiple choice, got " + choices);
    }

    @Test
    void theWrongOptionsAreTheLearnersMistakes() {
        // Parameters: biases forgotten, channels forgotten, one bias, channels added.
        List<Long> wrong = ExerciseGenerator.distractors(1792, List.of(1728L, 640L, 1729L, 1792L, 640L),
                new SplittableRandom(1));
        assertEquals(Set.of(1728L, 640L, 1729L), Set.copyOf(wrong));
        // Too few distinct mistakes: neighbours of the answer fill up, positive when the answer is.
        assertEquals(Set.of(2L, 3L, 4L), Set.copyOf(ExerciseGenerator.distractors(1, List.of(1L, 0L, -3L),
                new SplittableRandom(1))));
    }

    @Test
    void aScorecardCountsFirstAnswers() {
        ExerciseSet set = GENERATOR.generate(7, 3);
        Scorecard card = new Scorecard(set);
        Exercise first = set.exercises().getFirst();
        assertFalse(card.answer(0, Long.toString(first.answer() + 1)));
        assertTrue(card.answer(0, Long.toString(first.answer())));
        assertTrue(card.answer(1, Long.toString(set.exercises().get(1).answer())));
        assertEquals(1, card.correct());
        assertEquals(2, card.answeredCount());
        assertEquals(3, card.total());
    }

    @Test
    void answerTextReadsWhatLearnersType() {
        assertEquals(3211264.0, AnswerText.parse("3,211,264"));
        assertEquals(3211264.0, AnswerText.parse(" 3 211 264 "));
        assertEquals(-1.0, AnswerText.parse("\u22121"));
        assertEquals(0.5, AnswerText.parse("0,5"));
        assertEquals(null, AnswerText.parse("12a"));
        assertEquals(null, AnswerText.parse(""));
    }
}
