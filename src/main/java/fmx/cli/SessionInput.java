package fmx.cli;

import fmx.core.InvalidSettingException;
import fmx.core.Shape3;
import fmx.core.Tensor;
import fmx.io.ImageInfo;
import fmx.io.ImageLoader;
import fmx.io.InputException;
import fmx.io.InputSource;
import fmx.io.Session;
import fmx.io.SessionReader;
import java.nio.file.Path;
import java.util.List;

/** A session file read for a command, its input loaded or probed, the layer shapes checked against it. */
final class SessionInput {
    private SessionInput() {}

    static Session read(String file) throws InputException {
        return new SessionReader().read(Path.of(file));
    }

    /** The input tensor (a photo decoded with the pixel limit); the layers are checked against its shape. */
    static Tensor load(Session session, long maxPixels) throws InputException {
        Tensor input = switch (session.input()) {
            case InputSource.Grid g -> g.values();
            case InputSource.Image img -> {
                try {
                    yield new ImageLoader(maxPixels).load(img);
                } catch (InputException e) {
                    throw atImage(e);
                }
            }
        };
        checkLayers(session, input.shape());
        return input;
    }

    /** The input shape without decoding a photo (its header only, with the pixel limit); layers checked. */
    static Shape3 shape(Session session, long maxPixels) throws InputException {
        Shape3 shape = switch (session.input()) {
            case InputSource.Grid g -> g.values().shape();
            case InputSource.Image img -> {
                try {
                    ImageInfo info = new ImageLoader(maxPixels).probe(img.path());
                    yield new Shape3(img.gray() ? 1 : 3, info.height(), info.width());
                } catch (InputException e) {
                    throw atImage(e);
                }
            }
        };
        checkLayers(session, shape);
        return shape;
    }

    static List<Shape3> checkLayers(Session session, Shape3 input) throws InputException {
        try {
            return session.pipeline().shapes(input);
        } catch (InvalidSettingException e) {
            throw new InputException(e.field() == null ? "layers" : e.field(), e.detail());
        }
    }

    private static InputException atImage(InputException e) {
        return new InputException("input.image", e.where() + ": " + e.what(), e);
    }
}
