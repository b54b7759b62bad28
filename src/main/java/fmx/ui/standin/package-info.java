/**
 * TEMPORARY stand-ins for fmx.ui.common (CellGrid, CellMark, ColorLegend) and fmx.core.ColorMap/ColorScale, written
 * to the shared widget API while the widgets branch is not merged. Deleted when it lands.
 */
package fmx.ui.standin;
