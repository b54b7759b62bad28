package fmx.classroom.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.classroom.Exercise;
import fmx.classroom.ExerciseGenerator;
import fmx.classroom.ExerciseSet;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worksheet parses as a PDF with the exercise pages first and the answer key on pages of its own. */
class WorksheetPdfTest {
    private static String pages(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    @ParameterizedTest
    @CsvSource({"7, 3, 1, 1", "2024, 10, 2, 1", "5, 40, 6, 3"})
    void exercisesThenTheAnswerKeyOnSeparatePages(long seed, int count, int exercisePages, int answerPages)
            throws Exception {
        ExerciseSet set = new ExerciseGenerator(Locale.ENGLISH).generate(seed, count);
        WorksheetPdf.Rendered r = new WorksheetPdf(Locale.ENGLISH).render(set);
        assertEquals(exercisePages, r.exercisePages());
        assertEquals(answerPages, r.answerPages());
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertEquals(exercisePages + answerPages, doc.getNumberOfPages());
            String questions = pages(doc, 1, exercisePages);
            String key = pages(doc, exercisePages + 1, doc.getNumberOfPages());
            assertTrue(questions.contains("Convolution worksheet"));
            // A wrapped line with an unbalanced parenthesis must not leak PDF operators into the page.
            assertFalse((questions + key).contains(" Tj"), "PDF operators in the text");
            assertFalse(questions.contains("Answer key"));
            assertTrue(key.startsWith("Answer key"), key);
            assertFalse(key.contains("Convolution worksheet"));
            for (Exercise e : set.exercises()) {
                String firstWords = e.prompt().substring(0, 12);
                assertTrue(questions.contains(e.number() + ".  " + firstWords.substring(0, 8)) || questions.contains(
                        firstWords), "exercise " + e.number() + " on the exercise pages");
                assertTrue(key.contains(e.number() + ".  Answer: "), "answer " + e.number());
                assertTrue(key.contains(e.derivation().getLast().quantity()), e.derivationText());
                assertFalse(questions.contains(e.derivation().getLast().formula()), "no derivation on the sheet");
            }
            assertTrue(key.contains("Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages()));
        }
    }
}
