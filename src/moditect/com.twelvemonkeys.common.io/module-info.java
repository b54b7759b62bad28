// Descriptor that moditect adds to TwelveMonkeys' common.io (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 3.12.0; regenerate when upgrading.
module com.twelvemonkeys.common.io {
    requires transitive com.twelvemonkeys.common.lang;
    requires transitive java.desktop;
    requires transitive java.xml;

    exports com.twelvemonkeys.io;
    exports com.twelvemonkeys.io.enc;
    exports com.twelvemonkeys.io.ole2;
    exports com.twelvemonkeys.net;
    exports com.twelvemonkeys.xml;

}
