package fmx.core.trace;

/** One cell of a pooling window: the map cell ({@code row}, {@code column}) at window offset (ky, kx). Immutable. */
public record PoolCell(int ky, int kx, int row, int column, float value) {}
