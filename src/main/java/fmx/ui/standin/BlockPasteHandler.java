package fmx.ui.standin;

@FunctionalInterface
public interface BlockPasteHandler { void paste(int row, int col, float[][] block); }
