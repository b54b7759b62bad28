package fmx.core;

/** The shape of a tensor: channels x height x width. */
public record Shape3(int channels, int height, int width) {
    public Shape3 {
        if (channels < 1 || height < 1 || width < 1) {
            throw new InvalidSettingException("a shape needs at least 1 channel, row and column, got "
                    + channels + " x " + height + " x " + width);
        }
    }

    /** Number of values, C*H*W. */
    public long volume() {
        return (long) channels * height * width;
    }

    /** "3 x 32 x 32" (C x H x W). */
    @Override
    public String toString() {
        return channels + " x " + height + " x " + width;
    }
}
