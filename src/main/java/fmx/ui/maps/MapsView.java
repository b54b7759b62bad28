package fmx.ui.maps;

import static fmx.ui.support.Controls.caption;
import static fmx.ui.support.Controls.named;

import fmx.ui.maps.MapsViewModel.MapData;
import fmx.ui.common.CellGrid;
import fmx.ui.common.CellMark;
import fmx.ui.common.ColorLegend;
import fmx.core.ColorMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import fmx.ui.support.GridSizing;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The feature maps: one row per filter, one column per stage (convolution z, activation a, pooled), each map with
 * its colour legend; the colour-map and scale choices; the problem banner; the arithmetic of the hovered cell.
 * Grids are created when the number of filters or stages changes and otherwise only given new data.
 */
public final class MapsView {
    private static final String[] ID = {"conv", "act", "pool"};
    private final MapsViewModel vm;
    private final GridPane table = new GridPane();
    private final List<List<CellGrid>> grids = new ArrayList<>();
    private final List<List<ColorLegend>> legends = new ArrayList<>();
    private final List<List<Label>> titles = new ArrayList<>();
    private static final String OVERLAY = "fmx.overlay";
    private javafx.geometry.Bounds viewport;
    private List<int[]> shapes = List.of();

    public MapsView(MapsViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        ComboBox<ColorMap> colors = named(new ComboBox<>(), "colormap-combo",
                Messages.TEXTS.text("colours.help"));
        colors.getItems().setAll(ColorMap.values());
        colors.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColorMap m) {
                return m == null ? "" : m.label();
            }

            @Override
            public ColorMap fromString(String s) {
                return null;
            }
        });
        colors.valueProperty().bindBidirectional(vm.colorMapProperty());
        CheckBox shared = named(new CheckBox(Messages.TEXTS.text("shared")), "shared-scale-check",
                Messages.TEXTS.text("shared.help"));
        shared.selectedProperty().bindBidirectional(vm.sharedScaleProperty());
        shared.setMinWidth(Region.USE_PREF_SIZE);
        colors.setMinWidth(Region.USE_PREF_SIZE);
        // The tab names the view; the bar holds the colour choice and wraps when the column is narrow.
        FlowPane bar = new FlowPane(8, 6, caption(Messages.TEXTS.text("colours")), colors, shared);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label banner = new Label();
        banner.setId("maps-message");
        banner.getStyleClass().add("problem-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.messageProperty().get() == null ? null
                        : Messages.TEXTS.text("banner.outOfDate", vm.messageProperty().get()),
                vm.messageProperty()));
        banner.visibleProperty().bind(vm.messageProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());

        table.setHgap(18);
        table.setVgap(14);
        table.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("maps-scroll");
        scroll.setFocusTraversable(false); // the scroll pane itself takes no action; Tab moves past it
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            viewport = b;
            fitCells();
        });
        fmx.ui.support.Controls.withoutViewportCache(scroll);

        Label explanation = new Label();
        explanation.setId("hover-explanation");
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.explanationProperty().get().isEmpty()
                        ? Messages.TEXTS.text("hover.hint") : vm.explanationProperty().get(),
                                vm.explanationProperty()));

        VBox top = new VBox(8, bar, banner);
        // Set top first: Tab follows the order of the children, so the colour controls come before the maps.
        BorderPane pane = new BorderPane();
        pane.setTop(top);
        pane.setCenter(scroll);
        pane.setBottom(explanation);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(explanation, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        pane.getStyleClass().add("panel");

        vm.mapsProperty().addListener((o, a, maps) -> update(maps));
        vm.overlaysProperty().addListener((o, a, marks) -> applyOverlays(marks));
        vm.staleProperty().addListener((o, a, stale) -> grids.forEach(row -> row.forEach(g -> g.setStale(stale))));
        update(vm.mapsProperty().get());
        return pane;
    }

    private void update(List<List<MapData>> maps) {
        boolean reshape = maps.size() != grids.size()
                || (!maps.isEmpty() && maps.get(0).size() != grids.get(0).size());
        if (reshape) {
            rebuild(maps);
        }
        for (int n = 0; n < maps.size(); n++) {
            for (int s = 0; s < maps.get(n).size(); s++) {
                MapData m = maps.get(n).get(s);
                CellGrid g = grids.get(n).get(s);
                g.setData(m.values(), m.rows(), m.cols());
                g.setColorScale(m.scale());
                g.setStale(vm.staleProperty().get());
                legends.get(n).get(s).setScale(m.scale()); // a no-op when the scale is the same
                Label t = titles.get(n).get(s);
                String title = Messages.TEXTS.text("map.title", m.title(), m.rows(), m.cols());
                if (!t.getText().equals(title)) {
                    t.setText(title);
                }
            }
        }
        boolean shapesChanged = !sameShapes(maps);
        if (reshape || shapesChanged) {
            fitCells();
        }
        applyOverlays(vm.overlaysProperty().get());
    }

    private boolean sameShapes(List<List<MapData>> maps) {
        boolean same = true;
        List<int[]> now = new ArrayList<>();
        for (MapData m : maps.isEmpty() ? List.<MapData>of() : maps.get(0)) {
            now.add(new int[] {m.rows(), m.cols()});
        }
        if (now.size() != shapes.size()) {
            same = false;
        } else {
            for (int i = 0; i < now.size(); i++) {
                same &= java.util.Arrays.equals(now.get(i), shapes.get(i));
            }
        }
        shapes = now;
        return same;
    }

    /**
     * One cell size for every map, as big as the free space allows (up to 64 px) so that the maps of a small example
     * fill the centre; many or big maps get smaller cells and the column scrolls. Fixed sizes: a new result never
     * changes the layout.
     */
    private void fitCells() {
        List<List<MapData>> maps = vm.mapsProperty().get();
        if (maps.isEmpty() || viewport == null) {
            return;
        }
        int stages = maps.get(0).size();
        int sumCols = 0;
        int maxRows = 0;
        for (MapData m : maps.get(0)) {
            sumCols += m.cols();
            maxRows = Math.max(maxRows, m.rows());
        }
        double nameColumn = 70;
        double perStageChrome = table.getHgap() + GridSizing.GRID_CHROME;
        double byWidth = (viewport.getWidth() - nameColumn - 8 - stages * perStageChrome) / Math.max(1, sumCols);
        double perRowChrome = 70 + table.getVgap(); // title, legend, gaps
        double byHeight = (viewport.getHeight() - 8 - maps.size() * perRowChrome) / Math.max(1, maps.size() * maxRows);
        // Many filters scroll rather than shrink below readable numbers.
        double cell = Math.clamp(Math.floor(Math.min(byWidth, Math.max(byHeight, 18))), 4, 64);
        for (int n = 0; n < grids.size(); n++) {
            for (int s = 0; s < grids.get(n).size(); s++) {
                CellGrid g = grids.get(n).get(s);
                g.setPreferredCellSize(cell);
                double width = maps.get(0).get(s).cols() * cell + GridSizing.GRID_CHROME;
                legends.get(n).get(s).setPrefWidth(Math.max(140, width));
            }
        }
    }

    private void rebuild(List<List<MapData>> maps) {
        table.getChildren().clear();
        grids.clear();
        legends.clear();
        titles.clear();
        for (int n = 0; n < maps.size(); n++) {
            Label name = new Label(Messages.TEXTS.text("filter", n + 1));
            name.getStyleClass().add("filter-name");
            table.add(name, 0, n);
            List<CellGrid> rowGrids = new ArrayList<>();
            List<ColorLegend> rowLegends = new ArrayList<>();
            List<Label> rowTitles = new ArrayList<>();
            for (int s = 0; s < maps.get(n).size(); s++) {
                int filter = n;
                int stage = s;
                Label t = new Label("");
                t.getStyleClass().add("grid-label");
                CellGrid g = new CellGrid();
                g.setId("map-" + ID[s] + "-" + n);
                g.setCellSizeRange(4, 64);
                g.setKeyboardBrowsable(true); // Tab reaches each map; the arrows show a cell's arithmetic
                g.setOnCellHover((row, col) -> vm.hover(filter, stage, row, col));
                ColorLegend legend = new ColorLegend();
                legend.setId("legend-" + ID[s] + "-" + n);
                VBox cell = new VBox(4, t, g, legend);
                cell.setAlignment(Pos.TOP_LEFT);
                table.add(cell, s + 1, n);
                rowGrids.add(g);
                rowLegends.add(legend);
                rowTitles.add(t);
            }
            grids.add(rowGrids);
            legends.add(rowLegends);
            titles.add(rowTitles);
        }
    }

    /** Gives each grid its highlights; a grid whose highlights did not change is not redrawn. */
    private void applyOverlays(Map<Integer, List<CellMark>> marks) {
        for (int n = 0; n < grids.size(); n++) {
            for (int s = 0; s < grids.get(n).size(); s++) {
                List<CellMark> next = marks.getOrDefault(MapsViewModel.key(n, s), List.of());
                CellGrid g = grids.get(n).get(s);
                if (!next.equals(g.getProperties().get(OVERLAY))) {
                    g.getProperties().put(OVERLAY, next);
                    g.setOverlay(next);
                }
            }
        }
    }
}
