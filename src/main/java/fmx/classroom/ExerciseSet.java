package fmx.classroom;

import java.util.List;

/**
 * The exercises generated from one {@code seed} by {@link ExerciseGenerator}. The same seed gives the same set
 * within one {@link ExerciseGenerator#FORMAT_VERSION}; a new version may change the sets. Immutable.
 */
public record ExerciseSet(long seed, int formatVersion, List<Exercise> exercises) {
    public ExerciseSet {
        exercises = List.copyOf(exercises);
    }
}
