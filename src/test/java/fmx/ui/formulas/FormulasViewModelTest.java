package fmx.ui.formulas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.ui.session.LiveComputation;
import fmx.ui.session.PaddingMode;
import fmx.ui.session.SessionModel;
import fmx.ui.session.SyncComputeService;
import org.junit.jupiter.api.Test;

/** The formulas keep the last valid settings' arithmetic while the settings are invalid, and say so. */
class FormulasViewModelTest {
    @Test
    void invalidSettingsMarkTheFormulasOutOfDateUntilTheyAreValidAgain() {
        SessionModel session = new SessionModel();
        FormulasViewModel formulas = new FormulasViewModel(new LiveComputation(session, new SyncComputeService()));
        assertFalse(formulas.staleProperty().get());
        session.strideYProperty().set(2);
        session.paddingModeProperty().set(PaddingMode.SAME); // "same" needs stride 1
        assertTrue(formulas.staleProperty().get());
        assertFalse(formulas.sectionsProperty().get().isEmpty(), "the last valid arithmetic stays");
        session.strideYProperty().set(1);
        assertFalse(formulas.staleProperty().get());
    }
}
