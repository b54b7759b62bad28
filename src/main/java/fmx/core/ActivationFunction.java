package fmx.core;

import java.util.Locale;

/** The element-wise non-linearities, with their session-format names. */
public enum ActivationFunction {
    IDENTITY("identity", "f(z) = z"),
    RELU("relu", "f(z) = max(0, z)"),
    LEAKY_RELU("leaky_relu", "f(z) = z if z > 0, else slope * z"),
    SIGMOID("sigmoid", "f(z) = 1 / (1 + e^-z)"),
    TANH("tanh", "f(z) = tanh(z)");

    private final String id;
    private final String formula;

    ActivationFunction(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** The session format's name, e.g. "leaky_relu". */
    public String id() {
        return id;
    }

    /** The definition, e.g. "f(z) = max(0, z)". */
    public String formula() {
        return formula;
    }

    /** The function at {@code z}; {@code slope} is used by leaky ReLU only. */
    public float apply(float z, float slope) {
        return switch (this) {
            case IDENTITY -> z;
            case RELU -> z > 0 ? z : 0f;
            case LEAKY_RELU -> z > 0 ? z : slope * z;
            case SIGMOID -> (float) (1.0 / (1.0 + Math.exp(-z)));
            case TANH -> (float) Math.tanh(z);
        };
    }

    /** By session-format name; throws {@link InvalidSettingException} listing the known names. */
    public static ActivationFunction byId(String id) {
        for (ActivationFunction f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new InvalidSettingException("function", "unknown activation \"" + id
                + "\" (known: identity, relu, leaky_relu, sigmoid, tanh)");
    }
}
