package fmx.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.io.InputException;
import fmx.io.InputSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonReaderTest {
    private static final String SESSION = """
            {"version": 1, "input": {"grid": [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]},
             "layers": [{"type": "conv", "filters": [{"weights": [[[1, 0], [0, -1]]]}]}]}""";

    private static String lesson(String step) {
        return "{\"version\": 1, \"title\": \"T\", \"steps\": [{\"session\": " + SESSION
                + ", \"text\": \"One. Two.\"}, " + step + "]}";
    }

    private static String message(String json) {
        return assertThrows(InputException.class, () -> new LessonReader().read(json, null, "x.json")).getMessage();
    }

    @Test
    void readsStepsWithHighlightAndBothKindsOfQuestion() throws Exception {
        Lesson l = new LessonReader().read(lesson("""
                {"session": %s, "text": "Look.", "highlight": "map-conv-0",
                 "question": {"type": "choice", "prompt": "Which?", "options": ["a", "b"], "correct": 1,
                              "explanation": "b."}},
                {"session": %s, "text": "Count.",
                 "question": {"type": "numeric", "prompt": "How many?", "answer": 2.5, "tolerance": 0.1,
                              "explanation": "Because."}}""".formatted(SESSION, SESSION)), null, "x.json");
        assertEquals(3, l.steps().size());
        assertEquals("map-conv-0", l.steps().get(1).highlight());
        Question.Choice c = (Question.Choice) l.steps().get(1).question();
        assertTrue(c.accepts(1));
        assertFalse(c.accepts(0));
        Question.Numeric n = (Question.Numeric) l.steps().get(2).question();
        assertTrue(n.accepts("2.45"));
        assertTrue(n.accepts("2,5"));
        assertFalse(n.accepts("2.7"));
        assertFalse(n.accepts("two"));
        assertEquals(2, ((InputSource.Grid) l.steps().getFirst().session().input()).values().width() - 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"session\": {\"version\": 1, \"input\": {\"grid\": [[[1]]]}, \"layers\": [{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": 0}]}, \"text\": \"t\"}"
                + "|x.json: steps[1].session.layers[0].stride: must be a positive integer, got 0",
        "{\"text\": \"t\"}|x.json: steps[1].session: must be a session object (docs/session-format.md), got nothing",
        "{\"session\": " + "SESSION" + ", \"text\": 3}|x.json: steps[1].text: must be a non-empty text, got 3",
        "{\"session\": SESSION, \"text\": \"t\", \"question\": {\"type\": \"choice\", \"prompt\": \"p\", \"explanation\": \"e\", \"options\": [\"a\", \"b\"], \"correct\": 2}}"
                + "|x.json: steps[1].question.correct: must be the index of the right option, 0 to 1, got 2",
        "{\"session\": SESSION, \"text\": \"t\", \"question\": {\"type\": \"quiz\", \"prompt\": \"p\", \"explanation\": \"e\"}}"
                + "|x.json: steps[1].question.type: unknown question type \"quiz\" (known: numeric, choice)",
        "{\"session\": SESSION, \"text\": \"t\", \"question\": {\"type\": \"numeric\", \"prompt\": \"p\", \"explanation\": \"e\"}}"
                + "|x.json: steps[1].question.answer: missing; expected a number",
        "{\"session\": SESSION, \"text\": \"t\", \"question\": {\"type\": \"choice\", \"prompt\": \"p\", \"explanation\": \"e\", \"options\": [\"a\", \"a\"], \"correct\": 0}}"
                + "|x.json: steps[1].question.options[1]: repeats option 0",
    })
    void badStepsAreLocatedByFileStepAndField(String step, String expected) {
        assertEquals(expected, message(lesson(step.replace("SESSION", SESSION))));
    }

    @Test
    void badTopLevelsAreLocated() {
        assertEquals("x.json: version: this program reads lesson format version 1, got 2",
                message("{\"version\": 2, \"title\": \"T\", \"steps\": []}"));
        assertEquals("x.json: steps: must be an array of at least one step, got an array of 0",
                message("{\"version\": 1, \"title\": \"T\", \"steps\": []}"));
        assertEquals("x.json: title: missing; expected a text", message("{\"version\": 1, \"steps\": []}"));
        assertTrue(message("{\"version\": 1,").startsWith("x.json: not valid JSON at line 1"));
    }

    @Test
    void aPhotoPathIsResolvedAgainstTheLessonFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lessons/photo.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"version": 1, "title": "Photo", "steps": [{"text": "A photo. Look.",
                 "session": {"version": 1, "input": {"image": "../sample-images/chelsea.png"}, "layers": []}}]}""");
        Lesson l = new LessonReader().read(file);
        assertEquals(dir.resolve("sample-images/chelsea.png"),
                ((InputSource.Image) l.steps().getFirst().session().input()).path());
        assertEquals(dir.resolve("nope.json") + ": no such file",
                assertThrows(InputException.class, () -> new LessonReader().read(dir.resolve("nope.json"))).getMessage());
    }
}
