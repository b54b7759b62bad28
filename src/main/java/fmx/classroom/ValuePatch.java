package fmx.classroom;

import java.util.Arrays;
import java.util.Objects;

/**
 * The data of a "predict the next value" exercise: a k x k input patch and a k x k kernel (row-major, integers so
 * the sum can be done by hand) and the bias. The output cell is {@code sum(kernel[i] * patch[i]) + bias}
 * (cross-correlation, as CNN frameworks compute it). Immutable.
 */
public record ValuePatch(int size, int[] patch, int[] kernel, int bias) {
    public ValuePatch {
        patch = patch.clone();
        kernel = kernel.clone();
        if (patch.length != size * size || kernel.length != size * size) {
            throw new IllegalArgumentException("patch and kernel must both hold " + size + " x " + size + " numbers");
        }
    }

    @Override
    public int[] patch() {
        return patch.clone();
    }

    @Override
    public int[] kernel() {
        return kernel.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValuePatch v && v.size == size && v.bias == bias && Arrays.equals(v.patch, patch)
                && Arrays.equals(v.kernel, kernel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, bias, Arrays.hashCode(patch), Arrays.hashCode(kernel));
    }

    @Override
    public String toString() {
        return "ValuePatch[size=" + size + ", patch=" + Arrays.toString(patch) + ", kernel=" + Arrays.toString(kernel)
                + ", bias=" + bias + "]";
    }

    public int patchAt(int row, int column) {
        return patch[row * size + column];
    }

    public int kernelAt(int row, int column) {
        return kernel[row * size + column];
    }
}
