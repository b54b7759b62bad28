package fmx.classroom;

/** What an exercise asks for; each is computed by fmx.core (ShapeArithmetic or a convolution). */
public enum ExerciseKind {
    OUTPUT_SIZE,
    FEATURE_MAPS,
    PARAMETERS,
    VOLUME,
    EFFECTIVE_EXTENT,
    RECEPTIVE_FIELD,
    NEXT_VALUE
}
