package fmx.classroom;

import java.util.List;

/**
 * A question a lesson step (or an exercise) asks: a number within a tolerance, or one option of several. The
 * {@code explanation} is shown once the learner has answered. Immutable.
 */
public sealed interface Question {
    String prompt();

    String explanation();

    /** A number; answers within {@code tolerance} (absolute, 0 or more) of {@code answer} are right. */
    record Numeric(String prompt, double answer, double tolerance, String explanation) implements Question {
        public Numeric {
            if (!(tolerance >= 0)) {
                throw new IllegalArgumentException("tolerance must be 0 or more, got " + tolerance);
            }
        }

        /** {@code typed} is right; unreadable text is simply wrong (see {@link AnswerText#parse}). */
        public boolean accepts(String typed) {
            Double value = AnswerText.parse(typed);
            return value != null && Math.abs(value - answer) <= tolerance + 1e-9 * Math.abs(answer);
        }
    }

    /** One of {@code options}, the right one at {@code correct} (0-based). */
    record Choice(String prompt, List<String> options, int correct, String explanation) implements Question {
        public Choice {
            options = List.copyOf(options);
            if (correct < 0 || correct >= options.size()) {
                throw new IllegalArgumentException("correct must index an option, got " + correct);
            }
        }

        public boolean accepts(int chosen) {
            return chosen == correct;
        }
    }
}
