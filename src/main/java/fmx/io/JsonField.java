package fmx.io;

import com.fasterxml.jackson.databind.JsonNode;
import fmx.core.Int2;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A JSON value with its JSON-path location ({@code layers[0].stride}), and the typed readings the session format
 * needs. Every reading that fails throws {@link InputException} located at this value, worded for a person.
 */
final class JsonField {
    private final JsonNode node;
    private final String path;

    JsonField(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    boolean isMissing() {
        return node == null || node.isMissingNode();
    }

    /** The member {@code name} of this object (this must be an object); possibly missing. */
    JsonField field(String name) {
        return new JsonField(node.get(name), path.isEmpty() ? name : path + "." + name);
    }

    /** The member {@code name}, which must be present; {@code expected} says what belongs there. */
    JsonField required(String name, String expected) throws InputException {
        JsonField f = field(name);
        if (f.isMissing()) {
            throw new InputException(f.path, "missing; expected " + expected);
        }
        return f;
    }

    JsonField object(String expected) throws InputException {
        if (!node.isObject()) {
            throw fail("must be " + expected + ", got " + describe(node));
        }
        return this;
    }

    /** The elements of this array (this must be an array), each with its path. */
    List<JsonField> elements(String expected) throws InputException {
        if (!node.isArray()) {
            throw fail("must be " + expected + ", got " + describe(node));
        }
        List<JsonField> out = new ArrayList<>(node.size());
        Iterator<JsonNode> it = node.elements();
        for (int i = 0; it.hasNext(); i++) {
            out.add(new JsonField(it.next(), path + "[" + i + "]"));
        }
        return out;
    }

    String string(String expected) throws InputException {
        if (!node.isTextual()) {
            throw fail("must be " + expected + ", got " + describe(node));
        }
        return node.textValue();
    }

    boolean bool() throws InputException {
        if (!node.isBoolean()) {
            throw fail("must be true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    /**
     * A number that fits a 32-bit float. Read through a double: for the shortest decimal of a float (what
     * {@link JsonText} writes) that gives the float back exactly, and it keeps the sign of -0.0.
     */
    float floatValue() throws InputException {
        if (!node.isNumber()) {
            throw fail("must be a number, got " + describe(node));
        }
        float f = (float) node.doubleValue();
        if (!Float.isFinite(f)) {
            throw fail(describe(node) + " is outside the range of a 32-bit float (about -3.4e38 to 3.4e38)");
        }
        return f;
    }

    /** An integer of at least {@code min} (2.0 counts as 2); {@code expected} words the rule. */
    int integer(int min, String expected) throws InputException {
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            BigDecimal v = node.decimalValue();
            if (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0) {
                try {
                    int i = v.intValueExact();
                    if (i >= min) {
                        return i;
                    }
                } catch (ArithmeticException tooBig) {
                    // falls through to the message
                }
            }
        }
        throw fail("must be " + expected + ", got " + describe(node));
    }

    /** A number (both axes) or a pair [y, x] of integers of at least {@code min}. */
    Int2 int2(int min, String expected) throws InputException {
        if (!node.isArray()) {
            if (!node.isNumber()) {
                throw fail("must be " + expected + " or a pair [y, x], got " + describe(node));
            }
            return Int2.of(integer(min, expected));
        }
        List<JsonField> pair = elements("a pair [y, x]");
        if (pair.size() != 2) {
            throw fail("a pair [y, x] needs 2 numbers, got " + pair.size());
        }
        return Int2.of(pair.get(0).integer(min, expected), pair.get(1).integer(min, expected));
    }

    InputException fail(String what) {
        return new InputException(path, what);
    }

    /** How a value reads in a message: numbers and strings as written, other kinds by name. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNumber()) {
            return numberText(n);
        }
        if (n.isTextual()) {
            return "\"" + n.textValue() + "\"";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String numberText(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (!Double.isFinite(n.doubleValue())) {
            return "a number beyond the range of a double";
        }
        BigDecimal v = n.decimalValue().stripTrailingZeros();
        int exponent = v.precision() - v.scale() - 1;
        String s = exponent >= -6 && exponent < 21 ? v.toPlainString() : v.toString().replace("E+", "e").replace('E', 'e');
        return s;
    }
}
