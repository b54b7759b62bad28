package fmx.ui.photo;

import fmx.core.FilterBank;
import fmx.core.Tensor;

/** Fitting the session's filters and grid to a photo's channel count, and cutting a patch out of a photo. */
public final class PhotoFilters {
    private PhotoFilters() {}

    /**
     * {@code bank} for an input of {@code channels} channels: unchanged if it fits; otherwise each filter's slices are
     * summed and the sum spread evenly over the new channels (slice = sum / channels). So grey filters on an RGB photo
     * see the mean of R, G and B, and RGB filters on a grey photo respond as they would to a grey RGB photo.
     */
    public static FilterBank adapt(FilterBank bank, int channels) {
        if (bank.channels() == channels) {
            return bank;
        }
        int per = bank.kernelHeight() * bank.kernelWidth();
        float[] from = bank.weights();
        float[] to = new float[bank.count() * channels * per];
        for (int n = 0; n < bank.count(); n++) {
            for (int i = 0; i < per; i++) {
                float sum = 0;
                for (int c = 0; c < bank.channels(); c++) {
                    sum += from[(n * bank.channels() + c) * per + i];
                }
                for (int c = 0; c < channels; c++) {
                    to[(n * channels + c) * per + i] = sum / channels;
                }
            }
        }
        return new FilterBank(bank.count(), channels, bank.kernelHeight(), bank.kernelWidth(), to, bank.biases());
    }

    /** The {@code region} of {@code photo} (all channels), as a new tensor. */
    public static Tensor crop(Tensor photo, PhotoRegion region) {
        Tensor out = Tensor.zeros(photo.channels(), region.height(), region.width());
        for (int c = 0; c < photo.channels(); c++) {
            for (int y = 0; y < region.height(); y++) {
                System.arraycopy(photo.data(), (c * photo.height() + region.y() + y) * photo.width() + region.x(),
                        out.data(), (c * region.height() + y) * region.width(), region.width());
            }
        }
        return out;
    }
}
