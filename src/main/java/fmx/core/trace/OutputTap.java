package fmx.core.trace;

/** Output cell ({@code outRow}, {@code outColumn}) reads a given input cell through tap ({@code ky}, {@code kx}). */
public record OutputTap(int outRow, int outColumn, int ky, int kx) {}
