package fmx.ui.standin;

@FunctionalInterface
public interface CellHandler { void handle(int row, int col); }
