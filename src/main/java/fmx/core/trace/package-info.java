/**
 * The step-by-step trace that the sliding-window animation plays, and the equations it shows.
 *
 * <p>{@link fmx.core.trace.ConvTrace} (one filter's convolution), {@link fmx.core.trace.PoolTrace} (one map's
 * pooling) and {@link fmx.core.trace.AnimationTrace} (convolution, activation, pooling, per filter or all filters in
 * turn) compute a step from its index on demand: a 64 x 64 x 3 input with 8 filters holds no steps in memory, and
 * any step is reached in O(C*kh*kw) (a pooling step: that times the pooling window). Steps are in row-major order
 * of output cells.
 *
 * <p>Decisions: the activation is one step per map (each convolution step already shows its own f(z) = a; the
 * activation step is where the animation swaps the z map for the a map). z is summed in the reference loop's
 * order and equals {@link fmx.core.ConvLayer#apply} within float rounding; pooling matches
 * {@link fmx.core.PoolLayer#apply} bitwise, and a max window's winner is the first largest cell in row-major order.
 * {@link fmx.core.trace.WindowCoverage} gives the hover maps in both directions from
 * {@link fmx.core.WindowGeometry}'s formulas. {@link fmx.core.trace.Equations} writes a step as plain text or LaTeX.
 *
 * <p>Everything here is immutable and thread-safe (given an input tensor nobody writes to), and free of any toolkit.
 */
package fmx.core.trace;
