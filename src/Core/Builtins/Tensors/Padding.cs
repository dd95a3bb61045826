using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>Constant padding around the spatial axes: the last two axes, or the only axis of a vector.</summary>
public static class Padding
{
    /// <summary>Number of axes that <see cref="Pad"/> pads for a tensor of this rank.</summary>
    public static int PaddedAxes(Tensor x) => Math.Min(x.Rank, 2);

    /// <summary>Adds <paramref name="padding"/>[i] cells of <paramref name="value"/> on both sides of the i-th padded axis.</summary>
    public static Tensor Pad(Tensor x, IReadOnlyList<int> padding, Number value)
    {
        var axes = PaddedAxes(x);
        if (padding.Count != axes) throw new ArgumentException($"padding needs {axes} entries");
        if (padding.Any(p => p < 0))
            throw new EvaluationException($"'padding' must not be negative, got {ConvolutionGeometry.Format(padding)}");
        var first = x.Rank - axes;
        var shape = x.Shape.Select((n, axis) => axis < first ? n : n + 2 * padding[axis - first]).ToArray();
        return Tensor.Build(shape, index =>
        {
            var source = (int[])index.Clone();
            for (var axis = first; axis < x.Rank; axis++)
            {
                source[axis] -= padding[axis - first];
                if (source[axis] < 0 || source[axis] >= x.Shape[axis]) return value;
            }
            return x[source];
        });
    }
}
