using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Convolution in the signal-processing sense: the kernel is flipped along every spatial axis before it
/// slides. Exercises use it to recognise the "flipped kernel" mistake against <see cref="CrossCorrelation"/>.
/// </summary>
public static class TrueConvolution
{
    public static Tensor Apply(Tensor x, Tensor w, ConvolutionGeometry geometry) =>
        CrossCorrelation.Apply(x, Flip(w, geometry.Axes), geometry);

    /// <summary>Reverses the last <paramref name="axes"/> axes of <paramref name="t"/>.</summary>
    public static Tensor Flip(Tensor t, int axes)
    {
        if (t.Rank < axes)
            throw new EvaluationException($"cannot flip the last {axes} axes of a tensor of shape {Tensor.FormatShape(t.Shape)}");
        var shape = t.Shape;
        var first = t.Rank - axes;
        return Tensor.Build(shape, index =>
        {
            var source = (int[])index.Clone();
            for (var axis = first; axis < t.Rank; axis++) source[axis] = shape[axis] - 1 - index[axis];
            return t[source];
        });
    }

    /// <summary>The kernel flip for builtins: the last two axes, or the only axis of a vector.</summary>
    public static Tensor Flip(Tensor t) => Flip(t, Math.Min(t.Rank, 2));
}
