package fmx.core;

import java.util.List;

/**
 * The shape arithmetic of one layer: shapes in and out, parameters, multiply-adds, output memory, and the
 * receptive field and jump of one output unit measured in pixels of the pipeline's input (accumulated over the
 * layers so far). {@code derivations} spell out each figure with the numbers; {@code notes} say what deserves
 * attention (a stride that does not divide evenly, input rows or columns never visited).
 */
public record LayerShape(int index, String type, Shape3 input, Shape3 output, long parameters, long multiplyAdds,
                         long outputBytes, Int2 receptiveField, Int2 jump, List<Derivation> derivations,
                         List<String> notes, int[] unvisitedRows, int[] unvisitedColumns) {
    public LayerShape {
        derivations = List.copyOf(derivations);
        notes = List.copyOf(notes);
        unvisitedRows = unvisitedRows.clone();
        unvisitedColumns = unvisitedColumns.clone();
    }

    @Override
    public int[] unvisitedRows() {
        return unvisitedRows.clone();
    }

    @Override
    public int[] unvisitedColumns() {
        return unvisitedColumns.clone();
    }
}
