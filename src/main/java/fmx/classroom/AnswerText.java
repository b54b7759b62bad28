package fmx.classroom;

/** Reads a number a learner typed: "1792", "1,792", "1 792", "3_211_264", "-1.5", "0,5" (a decimal comma). */
public final class AnswerText {
    private AnswerText() {}

    /** The number, or null when {@code typed} is not one. */
    public static Double parse(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().replace("\u2212", "-").replace("_", "").replace(" ", "").replace("\u00a0", "");
        if (s.matches("-?\\d{1,3}(,\\d{3})+")) {
            s = s.replace(",", ""); // thousands separators
        } else if (s.matches("-?\\d*,\\d+")) {
            s = s.replace(',', '.'); // a decimal comma
        }
        if (s.isEmpty() || !s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }
}
