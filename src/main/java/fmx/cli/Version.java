package fmx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, from fmx/version.properties (filled in by Maven at build time). */
final class Version {
    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/fmx/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall back below
        }
        return Version.class.getModule().getDescriptor() != null
                ? Version.class.getModule().getDescriptor().rawVersion().orElse("unknown") : "unknown";
    }
}
