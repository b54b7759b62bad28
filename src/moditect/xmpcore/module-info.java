// Descriptor that moditect adds to xmpcore (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 6.1.11; regenerate when upgrading.
module xmpcore {
    requires java.xml;

    exports com.adobe.internal.xmp;
    exports com.adobe.internal.xmp.impl;
    exports com.adobe.internal.xmp.impl.xpath;
    exports com.adobe.internal.xmp.options;
    exports com.adobe.internal.xmp.properties;
    exports com.adobe.internal.xmp.utils;

}
