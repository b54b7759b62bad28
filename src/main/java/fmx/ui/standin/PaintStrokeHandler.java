package fmx.ui.standin;

public interface PaintStrokeHandler { void begin(); void cell(int row, int col); void end(); }
