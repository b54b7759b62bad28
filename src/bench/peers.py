#!/usr/bin/python3
"""Times PyTorch's conv2d and OpenCV's filter2D on the workloads of `fmx bench`, same thread count, after warm-up,
and prints the same table columns. Run with Debian's python3 (python3-torch, python3-opencv):

    /usr/bin/python3 src/bench/peers.py [--threads N] [--reps N] [--workload NAME]... [--peak GMACS]

OpenCV's filter2D convolves one 2-D kernel with one channel, so a C-channel, N-filter layer costs N*C calls whose
results are summed (plus the bias): that is how one would compute the layer with it. Its padding is zero
(BORDER_CONSTANT) and it keeps the input size, so strided outputs are taken by slicing the full-size result, which
is what it costs to get them with filter2D. Peak memory is the process's peak resident set size (ru_maxrss) after
the workload, which includes the interpreter and the libraries, not only the buffers.
"""
import argparse
import os
import resource
import statistics
import time

import numpy as np

WORKLOADS = [
    # name, (C, H, W), filters, kernel, stride, pad, relu+pool
    ("photo", (3, 3000, 4000), 8, 3, 1, 1, False),
    ("big-kernel", (1, 2000, 2000), 4, 7, 1, 3, False),
    ("vgg-first-layer", (3, 224, 224), 64, 3, 1, 1, True),
    ("strided", (3, 1024, 1024), 16, 5, 2, 2, False),
]


def macs(shape, n, k, stride, pad):
    c, h, w = shape
    oh = (h + 2 * pad - k) // stride + 1
    ow = (w + 2 * pad - k) // stride + 1
    return n * oh * ow * c * k * k


def timed(fn, warmup, reps):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def torch_runner(shape, n, k, stride, pad, relu_pool):
    import torch
    import torch.nn.functional as F
    x = torch.rand(1, *shape)
    w = torch.rand(n, shape[0], k, k) - 0.5
    b = torch.rand(n) - 0.5

    def run():
        with torch.no_grad():
            y = F.conv2d(x, w, b, stride=stride, padding=pad)
            if relu_pool:
                y = F.max_pool2d(F.relu(y), 2, 2)
        return y
    return run


def opencv_runner(shape, n, k, stride, pad, relu_pool):
    import cv2
    c, h, w = shape
    x = np.random.rand(c, h, w).astype(np.float32)
    wts = (np.random.rand(n, c, k, k) - 0.5).astype(np.float32)
    bias = (np.random.rand(n) - 0.5).astype(np.float32)
    out = np.empty((n, h, w), dtype=np.float32)
    tmp = np.empty((h, w), dtype=np.float32)

    def run():
        for f in range(n):
            acc = out[f]
            acc.fill(bias[f])
            for ch in range(c):
                # filter2D computes correlation, as conv2d does; anchor at the centre = padding k//2.
                cv2.filter2D(x[ch], cv2.CV_32F, wts[f, ch], dst=tmp, borderType=cv2.BORDER_CONSTANT)
                acc += tmp
        y = out[:, ::stride, ::stride] if stride > 1 else out
        if relu_pool:
            r = np.maximum(y, 0)
            y = r.reshape(n, h // 2, 2, w // 2, 2).max(axis=(2, 4))
        return y
    return run


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--reps", type=int, default=7)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--workload", action="append")
    p.add_argument("--peak", type=float, help="FMA peak in GMAC/s on these threads, as `fmx bench` measured it "
                   "(its first line); fills the %% peak column")
    a = p.parse_args()
    import cv2
    import torch
    torch.set_num_threads(a.threads)
    cv2.setNumThreads(a.threads)
    print(f"peers.py, torch {torch.__version__}, OpenCV {cv2.__version__}, {a.threads} thread(s), "
          + (f"FMA peak {a.peak:.1f} GMAC/s (from fmx bench)" if a.peak else "no --peak given"))
    print(f"{'peer':<8} {'workload':<16} {'median ms':>10} {'min ms':>10} {'GMAC/s':>9} {'% peak':>7} {'peak RSS MB':>12}")
    for name, shape, n, k, stride, pad, relu_pool in WORKLOADS:
        if a.workload and name not in a.workload:
            continue
        m = macs(shape, n, k, stride, pad)
        for peer, make in (("torch", torch_runner), ("opencv", opencv_runner)):
            run = make(shape, n, k, stride, pad, relu_pool)
            med, best = timed(run, a.warmup, a.reps)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            share = f"{100 * m / med / 1e9 / a.peak:6.1f}%" if a.peak else "      -"
            print(f"{peer:<8} {name:<16} {med * 1e3:10.2f} {best * 1e3:10.2f} {m / med / 1e9:9.1f} "
                  f"{share} {rss:12.0f}", flush=True)


if __name__ == "__main__":
    main()
