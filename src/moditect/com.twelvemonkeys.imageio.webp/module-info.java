// Descriptor that moditect adds to TwelveMonkeys' imageio.webp (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 3.12.0; regenerate when upgrading.
module com.twelvemonkeys.imageio.webp {
    requires com.twelvemonkeys.common.lang;
    requires com.twelvemonkeys.imageio.metadata;

    requires transitive com.twelvemonkeys.imageio.core;
    requires transitive java.desktop;

    exports com.twelvemonkeys.imageio.plugins.webp;
    exports com.twelvemonkeys.imageio.plugins.webp.lossless;
    exports com.twelvemonkeys.imageio.plugins.webp.vp8;

    provides javax.imageio.spi.ImageReaderSpi with
        com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

}
