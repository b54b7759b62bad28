package fmx.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar at the bottom of the window: a spinner while computing, the last compute time, the problem. */
public final class StatusView {
    private final StatusViewModel vm;

    public StatusView(StatusViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("status-busy");
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        busy.visibleProperty().bind(vm.busyProperty());
        Label time = new Label();
        time.setId("status-compute");
        time.getStyleClass().add("status-text");
        time.textProperty().bind(vm.lastComputeProperty());
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("status-problem");
        problem.getStyleClass().add("status-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, busy, time, spacer, problem);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }
}
