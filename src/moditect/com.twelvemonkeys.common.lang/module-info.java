// Descriptor that moditect adds to TwelveMonkeys' common.lang (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 3.12.0; regenerate when upgrading.
module com.twelvemonkeys.common.lang {
    requires transitive java.desktop;
    requires transitive java.sql;

    exports com.twelvemonkeys.lang;
    exports com.twelvemonkeys.util;
    exports com.twelvemonkeys.util.convert;
    exports com.twelvemonkeys.util.regex;
    exports com.twelvemonkeys.util.service;

}
