/** Feature Map Explorer: shows how a convolutional layer turns an input into feature maps. */
module fmx {
    requires jdk.incubator.vector;
    requires java.management; // fmx bench reads peak heap use
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires metadata.extractor;
    requires org.jfree.svg;
    requires org.jfree.pdf;
    requires java.prefs; // the export dialog remembers its last choices
    // TIFF and WebP readers: used only through ImageIO's service registry; required so that jlink, which does not
    // bind services, puts them in the image.
    requires com.twelvemonkeys.imageio.tiff;
    requires com.twelvemonkeys.imageio.webp;

    exports fmx;
    exports fmx.core;
    exports fmx.core.trace;
    exports fmx.io;
    exports fmx.cli;
    exports fmx.export;
    exports fmx.classroom;
    // The toolkit instantiates the Application subclass reflectively.
    exports fmx.ui.app to javafx.graphics;
}
