package fmx.ui.export;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/** Where the export dialog remembers its last choices: the user's preferences in the app, a map in tests. */
public interface ExportPreferences {
    String get(String key, String fallback);

    void put(String key, String value);

    /** Backed by {@code node} (e.g. the app's user node); writes are flushed by the preferences system. */
    static ExportPreferences of(Preferences node) {
        return new ExportPreferences() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** Kept in memory only. */
    static ExportPreferences inMemory() {
        Map<String, String> map = new HashMap<>();
        return new ExportPreferences() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
