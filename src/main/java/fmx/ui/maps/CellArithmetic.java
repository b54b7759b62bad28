package fmx.ui.maps;

import fmx.compute.ComputeResult;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import fmx.ui.session.Numbers;

/**
 * The arithmetic behind one convolution output: the products weight x input (0 for padding taps), their sum, the
 * bias, z, and the activation a = f(z). Long windows are shortened in the text, never in the sum.
 */
final class CellArithmetic {
    private static final int MAX_TERMS = 27;

    private CellArithmetic() {}

    static String convolution(ComputeResult r, int n, int oy, int ox) {
        ConvLayer conv = MapsViewModel.conv(r);
        Tensor in = r.input();
        WindowGeometry g = conv.geometry(in.shape());
        FilterBank f = conv.filters();
        int kh = f.kernelHeight();
        int kw = f.kernelWidth();
        StringBuilder terms = new StringBuilder();
        double sum = 0;
        int count = 0;
        for (int c = 0; c < f.channels(); c++) {
            for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                    int iy = g.inputRow(oy, ky);
                    int ix = g.inputColumn(ox, kx);
                    boolean inside = iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width();
                    float x = inside ? in.get(c, iy, ix) : 0f;
                    float w = conv.flip() ? f.weight(n, c, kh - 1 - ky, kw - 1 - kx) : f.weight(n, c, ky, kx);
                    sum += (double) w * x;
                    if (count < MAX_TERMS) {
                        terms.append(count == 0 ? "" : " + ").append(Numbers.format(w)).append("\u00d7")
                                .append(Numbers.format(x));
                    }
                    count++;
                }
            }
        }
        if (count > MAX_TERMS) {
            terms.append(" + \u2026 (").append(count - MAX_TERMS).append(" more products)");
        }
        float z = r.planes().get(0).values()[n][oy * g.outWidth() + ox];
        ActivationLayer act = (ActivationLayer) r.pipeline().layers().get(1);
        float a = r.planes().get(1).values()[n][oy * g.outWidth() + ox];
        return "Filter " + (n + 1) + ", output cell (" + oy + ", " + ox + ")" + (conv.flip() ? ", kernel flipped" : "")
                + ":\nz = " + terms + "\n   = " + Numbers.format(sum) + " + bias " + Numbers.format(f.bias(n)) + " = "
                + Numbers.format(z) + "\na = " + MapsViewModel.activationName(act) + "(z) = " + Numbers.format(a);
    }
}
