package fmx.ui.standin;

@FunctionalInterface
public interface CellEditHandler { void edit(int row, int col, float value); }
