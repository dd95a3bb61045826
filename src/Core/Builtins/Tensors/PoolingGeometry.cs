using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Kernel, stride, padding and ceil mode of a 2-d pooling layer, and the windows they lay over one
/// [H, W] plane, as torch.nn.MaxPool2d and AvgPool2d do.
/// </summary>
public sealed class PoolingGeometry
{
    public IReadOnlyList<int> Kernel { get; }
    public IReadOnlyList<int> Stride { get; }
    public IReadOnlyList<int> Padding { get; }
    public bool CeilMode { get; }

    public PoolingGeometry(IReadOnlyList<int> kernel, IReadOnlyList<int> stride, IReadOnlyList<int> padding, bool ceilMode = false)
    {
        if (kernel.Count != 2 || stride.Count != 2 || padding.Count != 2)
            throw new ArgumentException("pooling takes a kernel, stride and padding for each of two axes");
        if (kernel.Any(k => k < 1)) throw new EvaluationException($"'kernel' must be positive, got {ConvolutionGeometry.Format(kernel)}");
        if (stride.Any(s => s < 1)) throw new EvaluationException($"'stride' must be positive, got {ConvolutionGeometry.Format(stride)}");
        if (padding.Any(p => p < 0)) throw new EvaluationException($"'padding' must not be negative, got {ConvolutionGeometry.Format(padding)}");
        Kernel = [.. kernel];
        Stride = [.. stride];
        Padding = [.. padding];
        CeilMode = ceilMode;
    }

    /// <summary>Square windows with the stride defaulting to the kernel, as in PyTorch.</summary>
    public static PoolingGeometry Square(int kernel, int? stride = null, int padding = 0, bool ceilMode = false) =>
        new([kernel, kernel], [stride ?? kernel, stride ?? kernel], [padding, padding], ceilMode);

    /// <summary>The pooled size of an [H, W] plane.</summary>
    public int[] OutputSize(int height, int width)
    {
        // Ceil mode may keep a window larger than the padded input; Shapes.OutputSize says when.
        if (!CeilMode && (Kernel[0] > height + 2 * Padding[0] || Kernel[1] > width + 2 * Padding[1]))
            throw new EvaluationException(
                $"kernel {Tensor.FormatShape(Kernel)} does not fit input {Tensor.FormatShape([height, width])} with padding {ConvolutionGeometry.Format(Padding)}");
        return
        [
            Shapes.OutputSize.Pooling(height, Kernel[0], Stride[0], Padding[0], 1, CeilMode),
            Shapes.OutputSize.Pooling(width, Kernel[1], Stride[1], Padding[1], 1, CeilMode),
        ];
    }

    /// <summary>The window of every output cell of an [H, W] plane, in row-major order.</summary>
    internal PoolingWindow[] Windows(int height, int width)
    {
        var size = OutputSize(height, width);
        var windows = new PoolingWindow[size[0] * size[1]];
        for (var oh = 0; oh < size[0]; oh++)
            for (var ow = 0; ow < size[1]; ow++)
            {
                var (top, rows) = Span(oh, 0, height);
                var (left, columns) = Span(ow, 1, width);
                // The window's cells inside the input (padding left out), counted first so that they fill one array.
                int rowStart = Math.Max(top, 0), rowEnd = Math.Min(top + Kernel[0], height);
                int columnStart = Math.Max(left, 0), columnEnd = Math.Min(left + Kernel[1], width);
                var cells = new int[Math.Max(rowEnd - rowStart, 0) * Math.Max(columnEnd - columnStart, 0)];
                var cell = 0;
                for (var r = rowStart; r < rowEnd; r++)
                    for (var c = columnStart; c < columnEnd; c++)
                        cells[cell++] = r * width + c;
                windows[oh * size[1] + ow] = new PoolingWindow(cells, rows * columns);
            }
        return windows;
    }

    // The window's first index on the axis, and how many of its cells lie inside the padded input:
    // a ceil-mode window may run past the padding, and PyTorch's average leaves those cells out.
    private (int Start, int Count) Span(int output, int axis, int n)
    {
        var start = output * Stride[axis] - Padding[axis];
        var end = Math.Min(start + Kernel[axis], n + Padding[axis]);
        return (start, end - start);
    }
}
