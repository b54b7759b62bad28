package fmx.core.trace;

import fmx.core.PoolMode;
import java.util.List;

/**
 * One step of a pooling trace: the window whose top-left map cell is ({@code top}, {@code left}) makes output cell
 * ({@code outRow}, {@code outColumn}) of channel {@code channel}.
 *
 * <p>{@code cells}: kh*kw cells in row-major order. For {@link PoolMode#MAX}, {@code winner} is the index in
 * {@code cells} of the first largest value in row-major order (ties go to the earliest cell) and {@code sum} is NaN;
 * for {@link PoolMode#AVG}, {@code winner} is -1 and {@code sum} is the row-major float sum of the cells, with
 * {@code result = sum * (1 / (kh*kw))} as the core computes it. {@code result} equals {@code PoolLayer.apply}
 * bitwise. Immutable.
 */
public record PoolStep(int index, int channel, int outRow, int outColumn, int top, int left, PoolMode mode,
                       List<PoolCell> cells, int winner, float sum, float result) implements TraceStep {

    /** The winning cell of a max pooling, or null for average pooling. */
    public PoolCell winnerCell() {
        return winner < 0 ? null : cells.get(winner);
    }
}
