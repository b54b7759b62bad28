// Descriptor that moditect adds to TwelveMonkeys' common.image (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 3.12.0; regenerate when upgrading.
module com.twelvemonkeys.common.image {
    requires com.twelvemonkeys.common.io;
    requires com.twelvemonkeys.common.lang;

    requires transitive java.desktop;

    exports com.twelvemonkeys.image;

}
