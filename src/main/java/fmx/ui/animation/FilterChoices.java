package fmx.ui.animation;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The filter combo: "All filters in turn", then "Filter 1" to "Filter N", kept in step with the view-model. */
final class FilterChoices {
    private FilterChoices() {}

    static void bind(ComboBox<Integer> combo, AnimationViewModel vm) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer f) {
                return f == null ? "" : f == AnimationViewModel.ALL_FILTERS ? Messages.TEXTS.text("filter.all")
                        : Messages.TEXTS.text("filter.one", Integer.toString(f + 1));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            int n = vm.filterCountProperty().get();
            if (combo.getItems().size() != n + 1) {
                Integer[] items = new Integer[n + 1];
                items[0] = AnimationViewModel.ALL_FILTERS;
                for (int f = 0; f < n; f++) {
                    items[f + 1] = f;
                }
                combo.getItems().setAll(items);
            }
            combo.setValue(vm.filterChoiceProperty().get());
        };
        vm.filterCountProperty().addListener(o -> fill.run());
        vm.filterChoiceProperty().addListener(o -> combo.setValue(vm.filterChoiceProperty().get()));
        combo.valueProperty().addListener((o, a, f) -> {
            if (f != null && f != vm.filterChoiceProperty().get()) {
                vm.filterChoiceProperty().set(f);
            }
        });
        fill.run();
    }
}
