using System.Globalization;
using DeepExam.Builtins.Shapes;
using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Stride, zero padding and dilation of a convolution, one entry per spatial axis, and the output
/// sizes they give (by <see cref="OutputSize"/>, so every builtin uses PyTorch's formulas).
/// </summary>
public sealed class ConvolutionGeometry
{
    public IReadOnlyList<int> Stride { get; }
    public IReadOnlyList<int> Padding { get; }
    public IReadOnlyList<int> Dilation { get; }
    public int Axes => Stride.Count;

    public ConvolutionGeometry(IReadOnlyList<int> stride, IReadOnlyList<int> padding, IReadOnlyList<int> dilation)
    {
        if (padding.Count != stride.Count || dilation.Count != stride.Count)
            throw new ArgumentException("stride, padding and dilation need one entry per spatial axis");
        if (stride.Any(s => s < 1)) throw new EvaluationException($"'stride' must be positive, got {Format(stride)}");
        if (padding.Any(p => p < 0)) throw new EvaluationException($"'padding' must not be negative, got {Format(padding)}");
        if (dilation.Any(d => d < 1)) throw new EvaluationException($"'dilation' must be positive, got {Format(dilation)}");
        Stride = [.. stride];
        Padding = [.. padding];
        Dilation = [.. dilation];
    }

    /// <summary>Stride 1, no padding, no dilation.</summary>
    public static ConvolutionGeometry Plain(int axes) =>
        new(Enumerable.Repeat(1, axes).ToArray(), new int[axes], Enumerable.Repeat(1, axes).ToArray());

    public static ConvolutionGeometry Uniform(int axes, int stride, int padding = 0, int dilation = 1) =>
        new(Enumerable.Repeat(stride, axes).ToArray(), Enumerable.Repeat(padding, axes).ToArray(), Enumerable.Repeat(dilation, axes).ToArray());

    /// <summary>The output size of a convolution of <paramref name="input"/> with <paramref name="kernel"/>.</summary>
    public int[] ConvolutionOutput(IReadOnlyList<int> input, IReadOnlyList<int> kernel)
    {
        CheckFits(input, kernel);
        return Checked([.. Enumerable.Range(0, Axes).Select(i => OutputSize.Convolution(input[i], kernel[i], Stride[i], Padding[i], Dilation[i]))]);
    }

    /// <summary>The output size of a transposed convolution, as torch.nn.ConvTranspose*d.</summary>
    public int[] TransposedOutput(IReadOnlyList<int> input, IReadOnlyList<int> kernel, IReadOnlyList<int> outputPadding)
    {
        if (outputPadding.Count != Axes) throw new ArgumentException("output_padding needs one entry per spatial axis");
        return Checked([.. Enumerable.Range(0, Axes).Select(i =>
            OutputSize.TransposedConvolution(input[i], kernel[i], Stride[i], Padding[i], outputPadding[i], Dilation[i]))]);
    }

    // Checked before any cell is computed: a padding of 100000 asks for billions of cells, which is an error, not a wait.
    private static int[] Checked(int[] size)
    {
        if (size.Aggregate(1L, (cells, n) => cells * n) > Tensor.MaxCells)
            throw new EvaluationException($"the output would be {string.Join(" × ", size)} cells, too large to compute");
        return size;
    }

    // OutputSize names a single axis; a student's mistake is best named with whole shapes.
    private void CheckFits(IReadOnlyList<int> input, IReadOnlyList<int> kernel)
    {
        var fits = Enumerable.Range(0, Axes).All(i => Dilation[i] * (kernel[i] - 1) + 1 <= input[i] + 2 * Padding[i]);
        if (fits) return;
        var dilated = Dilation.Any(d => d != 1) ? $" with dilation {Format(Dilation)}" : "";
        throw new EvaluationException(
            $"kernel {Tensor.FormatShape(kernel)}{dilated} does not fit input {Tensor.FormatShape(input)} with padding {Format(Padding)}");
    }

    /// <summary>A per-axis setting for messages: "2" when every axis agrees, "[2, 1]" otherwise.</summary>
    public static string Format(IReadOnlyList<int> values) =>
        values.Distinct().Count() == 1 ? values[0].ToString(CultureInfo.InvariantCulture) : Tensor.FormatShape(values);
}
