// Descriptor that moditect adds to metadata-extractor (an automatic module) so that jlink accepts it.
// Generated with jdeps --generate-module-info for version 2.19.0; regenerate when upgrading.
module metadata.extractor {
    requires transitive xmpcore;

    exports com.drew.imaging;
    exports com.drew.imaging.avi;
    exports com.drew.imaging.bmp;
    exports com.drew.imaging.eps;
    exports com.drew.imaging.gif;
    exports com.drew.imaging.heif;
    exports com.drew.imaging.ico;
    exports com.drew.imaging.jpeg;
    exports com.drew.imaging.mp3;
    exports com.drew.imaging.mp4;
    exports com.drew.imaging.pcx;
    exports com.drew.imaging.png;
    exports com.drew.imaging.psd;
    exports com.drew.imaging.quicktime;
    exports com.drew.imaging.raf;
    exports com.drew.imaging.riff;
    exports com.drew.imaging.tiff;
    exports com.drew.imaging.wav;
    exports com.drew.imaging.webp;
    exports com.drew.lang;
    exports com.drew.lang.annotations;
    exports com.drew.metadata;
    exports com.drew.metadata.adobe;
    exports com.drew.metadata.apple;
    exports com.drew.metadata.avi;
    exports com.drew.metadata.bmp;
    exports com.drew.metadata.eps;
    exports com.drew.metadata.exif;
    exports com.drew.metadata.exif.makernotes;
    exports com.drew.metadata.file;
    exports com.drew.metadata.gif;
    exports com.drew.metadata.heif;
    exports com.drew.metadata.heif.boxes;
    exports com.drew.metadata.icc;
    exports com.drew.metadata.ico;
    exports com.drew.metadata.iptc;
    exports com.drew.metadata.jfif;
    exports com.drew.metadata.jfxx;
    exports com.drew.metadata.jpeg;
    exports com.drew.metadata.mov;
    exports com.drew.metadata.mov.atoms;
    exports com.drew.metadata.mov.atoms.canon;
    exports com.drew.metadata.mov.media;
    exports com.drew.metadata.mov.metadata;
    exports com.drew.metadata.mp3;
    exports com.drew.metadata.mp4;
    exports com.drew.metadata.mp4.media;
    exports com.drew.metadata.pcx;
    exports com.drew.metadata.photoshop;
    exports com.drew.metadata.plist;
    exports com.drew.metadata.png;
    exports com.drew.metadata.tiff;
    exports com.drew.metadata.wav;
    exports com.drew.metadata.webp;
    exports com.drew.metadata.xmp;
    exports com.drew.tools;

}
