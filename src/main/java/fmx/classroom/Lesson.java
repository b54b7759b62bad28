package fmx.classroom;

import java.util.List;

/**
 * A guided lesson: a {@code title}, a one-line {@code description} and at least one step, played in order. The
 * format is docs/lessons.md; {@link LessonReader} reads it. Immutable.
 */
public record Lesson(String title, String description, List<LessonStep> steps) {
    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }
}
