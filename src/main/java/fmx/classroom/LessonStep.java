package fmx.classroom;

import fmx.io.Session;

/**
 * One step of a lesson: the setting it loads ({@code session}), what to look at ({@code text}, two or three
 * sentences), the control or region it talks about ({@code highlight}: an fx:id such as "stride-y-spinner" or a
 * named region such as "input-grid-0", "map-conv-0", "formulas-panel"; null for none) and an optional
 * {@code question} (null for none). Immutable.
 */
public record LessonStep(Session session, String text, String highlight, Question question) {}
