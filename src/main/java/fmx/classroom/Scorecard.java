package fmx.classroom;

import java.util.Arrays;

/**
 * The learner's answers to one {@link ExerciseSet}: the first answer to each exercise counts (a second try does not
 * change the score). Not thread-safe.
 */
public final class Scorecard {
    private final ExerciseSet set;
    private final Boolean[] firstAnswer;

    public Scorecard(ExerciseSet set) {
        this.set = set;
        this.firstAnswer = new Boolean[set.exercises().size()];
    }

    /** Checks a typed answer to exercise {@code index} (0-based) and records it if it is the first. */
    public boolean answer(int index, String typed) {
        return record(index, set.exercises().get(index).accepts(typed));
    }

    /** Checks the chosen option of exercise {@code index} and records it if it is the first. */
    public boolean choose(int index, int option) {
        return record(index, set.exercises().get(index).accepts(option));
    }

    private boolean record(int index, boolean right) {
        if (firstAnswer[index] == null) {
            firstAnswer[index] = right;
        }
        return right;
    }

    public boolean answered(int index) {
        return firstAnswer[index] != null;
    }

    /** Exercises answered right the first time. */
    public int correct() {
        return (int) Arrays.stream(firstAnswer).filter(Boolean.TRUE::equals).count();
    }

    public int answeredCount() {
        return (int) Arrays.stream(firstAnswer).filter(a -> a != null).count();
    }

    public int total() {
        return firstAnswer.length;
    }
}
