package fmx.ui.animation;

import fmx.core.trace.AnimationTrace.Position;
import fmx.ui.common.CellMark;
import java.util.List;

/**
 * Everything the animation draws at one moment: the window on the input channels (convolution phase only, with the
 * weights each channel's taps multiply by, kh x kw row-major as the taps see them, and the marks of padding taps and
 * dilation gaps), the map under construction with its revealed cells and marks, the pooling window on it, and the
 * pooled map. Marks are shown once the window has arrived, so they never lag behind a moving frame.
 *
 * @param inputWindow   null outside the convolution phase
 * @param weights       per channel, or null outside the convolution phase
 * @param inputMarks    per channel (empty lists when none)
 * @param map           the z map during convolution, a afterwards (z without activation)
 * @param mapTitle      what {@code map} is, for its label
 * @param mapRevealed   cells of {@code map} shown (row-major prefix), -1 for all
 * @param mapWindow     the pooling window on {@code map}, null outside the pooling phase
 * @param pooledRevealed cells of the pooled map shown, -1 for all (0 before pooling starts)
 */
public record AnimationFrame(Position position, WindowPose inputWindow, float[][] weights,
                             List<List<CellMark>> inputMarks, MapImage map, String mapTitle, int mapRevealed,
                             List<CellMark> mapMarks, WindowPose mapWindow, MapImage pooled, int pooledRevealed,
                             List<CellMark> pooledMarks) {}
