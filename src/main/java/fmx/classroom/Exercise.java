package fmx.classroom;

import fmx.core.Derivation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One practice exercise: {@code number} (1-based, in its set), the {@code kind}, the {@code prompt}, the right
 * {@code answer} (an integer: every quantity asked is one) and either no {@code options} (type the number) or the
 * options of a multiple choice, the right one at {@code correctIndex} (-1 when numeric). Wrong options are the
 * results of mistakes learners make. {@code derivation} is the core's figures with the numbers; {@code patch} is
 * the data of a {@link ExerciseKind#NEXT_VALUE} exercise (null otherwise). Immutable.
 */
public record Exercise(int number, ExerciseKind kind, String prompt, long answer, List<Long> options, int correctIndex,
                       List<Derivation> derivation, ValuePatch patch) {
    public Exercise {
        options = List.copyOf(options);
        derivation = List.copyOf(derivation);
        if (options.isEmpty() ? correctIndex != -1 : options.get(correctIndex) != answer) {
            throw new IllegalArgumentException("correctIndex must point at the answer");
        }
    }

    public boolean isChoice() {
        return !options.isEmpty();
    }

    /** A typed answer is right: the number read by {@link AnswerText} equals the answer. */
    public boolean accepts(String typed) {
        Double v = AnswerText.parse(typed);
        return v != null && v == answer;
    }

    /** Option {@code chosen} is the right one. */
    public boolean accepts(int chosen) {
        return chosen == correctIndex;
    }

    /** The derivation as lines {@code quantity = formula = numbers}. */
    public String derivationText() {
        return derivation.stream().map(Derivation::toString).collect(Collectors.joining("\n"));
    }
}
