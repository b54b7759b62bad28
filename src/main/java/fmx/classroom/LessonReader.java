package fmx.classroom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fmx.io.InputException;
import fmx.io.Session;
import fmx.io.SessionReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lesson file (format version 1, docs/lessons.md). Each step's session is read by {@link SessionReader}
 * from the inline JSON; a photo's relative path is resolved against the lesson file's folder. Every problem throws
 * {@link InputException} whose place names the file, the step and the field
 * ({@code feature-map.json: steps[2].question.correct}). Stateless and thread-safe.
 */
public final class LessonReader {
    public static final int VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final SessionReader sessions = new SessionReader();

    public Lesson read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (MalformedInputException e) {
            throw new InputException(file.toString(), "not a JSON lesson file (not UTF-8 text)");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "is a folder, not a lesson file" : "cannot read: " + e.getMessage();
            throw new InputException(file.toString(), why);
        }
        return read(text, file.toAbsolutePath().getParent(), file.getFileName().toString());
    }

    /** Reads {@code json}; {@code folder} resolves photo paths (null: none), {@code source} names the file. */
    public Lesson read(String json, Path folder, String source) throws InputException {
        JsonNode root = parse(json, source);
        Place top = new Place(source, "");
        if (!root.isObject()) {
            throw top.fail("must be a JSON object with \"version\", \"title\" and \"steps\", got " + describe(root));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() != VERSION) {
            throw top.at("version").fail("this program reads lesson format version " + VERSION + ", got "
                    + (version == null ? "nothing" : version.toString()));
        }
        String title = text(root, "title", top, true);
        String description = text(root, "description", top, false);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw top.at("steps").fail("must be an array of at least one step, got " + describe(steps));
        }
        List<LessonStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(steps.get(i), top.at("steps[" + i + "]"), folder));
        }
        return new Lesson(title, description == null ? "" : description, out);
    }

    private LessonStep step(JsonNode step, Place at, Path folder) throws InputException {
        if (!step.isObject()) {
            throw at.fail("must be a step object with \"session\" and \"text\", got " + describe(step));
        }
        JsonNode s = step.get("session");
        if (s == null || !s.isObject()) {
            throw at.at("session").fail("must be a session object (docs/session-format.md), got " + describe(s));
        }
        Session session;
        try {
            session = sessions.read(s, folder, at.at("session").path);
        } catch (InputException e) {
            throw at.at("session." + e.where()).fail(e.what());
        }
        String text = text(step, "text", at, true);
        String highlight = text(step, "highlight", at, false);
        JsonNode q = step.get("question");
        Question question = q == null || q.isNull() ? null : question(q, at.at("question"));
        return new LessonStep(session, text, highlight, question);
    }

    private static Question question(JsonNode q, Place at) throws InputException {
        if (!q.isObject()) {
            throw at.fail("must be a question object, got " + describe(q));
        }
        String type = text(q, "type", at, true);
        String prompt = text(q, "prompt", at, true);
        String explanation = text(q, "explanation", at, true);
        return switch (type) {
            case "numeric" -> {
                double answer = number(q, "answer", at, true, 0);
                double tolerance = number(q, "tolerance", at, false, 0);
                if (tolerance < 0) {
                    throw at.at("tolerance").fail("must be 0 or more, got " + q.get("tolerance"));
                }
                yield new Question.Numeric(prompt, answer, tolerance, explanation);
            }
            case "choice" -> {
                JsonNode options = q.get("options");
                if (options == null || !options.isArray() || options.size() < 2) {
                    throw at.at("options").fail("must be an array of at least 2 options, got " + describe(options));
                }
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    JsonNode o = options.get(i);
                    if (!o.isTextual() || o.textValue().isBlank()) {
                        throw at.at("options[" + i + "]").fail("must be a non-empty text, got " + describe(o));
                    }
                    if (texts.contains(o.textValue())) {
                        throw at.at("options[" + i + "]").fail("repeats option " + texts.indexOf(o.textValue()));
                    }
                    texts.add(o.textValue());
                }
                JsonNode correct = q.get("correct");
                if (correct == null || !correct.canConvertToExactIntegral() || correct.asInt() < 0
                        || correct.asInt() >= texts.size()) {
                    throw at.at("correct").fail("must be the index of the right option, 0 to " + (texts.size() - 1)
                            + ", got " + (correct == null ? "nothing" : correct.toString()));
                }
                yield new Question.Choice(prompt, texts, correct.asInt(), explanation);
            }
            default -> throw at.at("type").fail("unknown question type \"" + type + "\" (known: numeric, choice)");
        };
    }

    private static String text(JsonNode object, String name, Place at, boolean required) throws InputException {
        JsonNode n = object.get(name);
        if (n == null || n.isNull()) {
            if (required) {
                throw at.at(name).fail("missing; expected a text");
            }
            return null;
        }
        if (!n.isTextual() || (required && n.textValue().isBlank())) {
            throw at.at(name).fail("must be a non-empty text, got " + describe(n));
        }
        return n.textValue();
    }

    private static double number(JsonNode object, String name, Place at, boolean required, double fallback)
            throws InputException {
        JsonNode n = object.get(name);
        if (n == null) {
            if (required) {
                throw at.at(name).fail("missing; expected a number");
            }
            return fallback;
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw at.at(name).fail("must be a number, got " + describe(n));
        }
        return n.doubleValue();
    }

    private JsonNode parse(String json, String source) throws InputException {
        if (json.isBlank()) {
            throw new InputException(source, "the file is empty; expected a JSON lesson");
        }
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String detail = e.getOriginalMessage();
            int cut = detail.indexOf('\n');
            throw new InputException(source, "not valid JSON" + where + ": " + (cut < 0 ? detail : detail.substring(0, cut)));
        }
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "the text \"" + n.textValue() + "\"";
        }
        if (n.isArray()) {
            return "an array of " + n.size();
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.toString();
    }

    /** A place in the file: the file's name and a JSON path inside it. */
    private record Place(String source, String path) {
        Place at(String member) {
            return new Place(source, path.isEmpty() ? member : member.startsWith("[") ? path + member
                    : path + "." + member);
        }

        InputException fail(String what) {
            return new InputException(path.isEmpty() ? source : source + ": " + path, what);
        }
    }
}
