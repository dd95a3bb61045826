using DeepExam.Evaluation;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// Spatial output sizes along one axis, with PyTorch's formulas. Each throws when the layer would
/// produce no output, naming the numbers, because a zero-size variant is a broken exercise.
/// </summary>
public static class OutputSize
{
    /// <summary>floor((n + 2p − d(k−1) − 1) / s) + 1, as torch.nn.Conv*d.</summary>
    public static int Convolution(int n, int kernel, int stride = 1, int padding = 0, int dilation = 1)
    {
        Check(n, kernel, stride, padding, dilation);
        var span = Span(kernel, dilation);
        var room = n + 2L * padding - span;
        if (room < 0)
            throw new EvaluationException($"a kernel spanning {span} does not fit in an input of {n} with padding {padding}");
        return Fit(room / stride + 1);
    }

    /// <summary>
    /// As torch.nn.MaxPool*d / AvgPool*d: ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1. With ceil_mode the division rounds up, so a
    /// last window may run past the padded input by less than a stride (even the first, when the window is larger
    /// than the padded input), but PyTorch drops a last window that would start beyond the input and the left
    /// padding (start ≥ n + p). The windows are clipped to the padded input.
    /// </summary>
    public static int Pooling(int n, int kernel, int stride, int padding = 0, int dilation = 1, bool ceilMode = false)
    {
        Check(n, kernel, stride, padding, dilation);
        var span = Span(kernel, dilation);
        if (padding > span / 2)
            throw new EvaluationException($"pooling padding {padding} must be at most half the window span {span}");
        var room = n + 2L * padding - span;
        if (room < 0 && !ceilMode)
            throw new EvaluationException($"a pooling window spanning {span} does not fit in an input of {n} with padding {padding}");
        if (room <= -stride)
            throw new EvaluationException(
                $"a pooling window spanning {span} does not fit in an input of {n} with padding {padding}; ceil_mode lets a window run past the padded input by less than the stride {stride}, not by {-room}");
        // Rounded towards −∞ (room may be negative in ceil mode), as PyTorch divides.
        var steps = Math.DivRem(ceilMode ? room + stride - 1 : room, stride, out var remainder);
        if (remainder < 0) steps--;
        var size = steps + 1;
        if (ceilMode && (size - 1) * stride >= (long)n + padding) size--;
        return Fit(size);
    }

    /// <summary>(n − 1)s − 2p + d(k − 1) + output_padding + 1, as torch.nn.ConvTranspose*d.</summary>
    public static int TransposedConvolution(int n, int kernel, int stride = 1, int padding = 0, int outputPadding = 0, int dilation = 1)
    {
        Check(n, kernel, stride, padding, dilation);
        if (outputPadding < 0) throw new EvaluationException($"output_padding must not be negative, got {outputPadding}");
        if (outputPadding >= stride && outputPadding >= dilation)
            throw new EvaluationException($"output_padding {outputPadding} must be smaller than the stride {stride} or the dilation {dilation}");
        var size = (n - 1L) * stride - 2L * padding + (long)dilation * (kernel - 1) + outputPadding + 1;
        if (size < 1) throw new EvaluationException($"transposed convolution of {n} with kernel {kernel}, stride {stride}, padding {padding} has no output");
        return Fit(size);
    }

    // 64-bit arithmetic, so that absurd arguments give an error instead of a wrapped-around size.
    private static long Span(int kernel, int dilation) => (long)dilation * (kernel - 1) + 1;

    private static int Fit(long size) =>
        size <= int.MaxValue ? (int)size : throw new EvaluationException($"an output size of {size} is too large");

    private static void Check(int n, int kernel, int stride, int padding, int dilation)
    {
        if (n < 1) throw new EvaluationException($"input size must be positive, got {n}");
        if (kernel < 1) throw new EvaluationException($"kernel size must be positive, got {kernel}");
        if (stride < 1) throw new EvaluationException($"stride must be positive, got {stride}");
        if (padding < 0) throw new EvaluationException($"padding must not be negative, got {padding}");
        if (dilation < 1) throw new EvaluationException($"dilation must be positive, got {dilation}");
    }
}
