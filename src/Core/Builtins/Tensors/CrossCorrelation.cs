using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// What deep-learning libraries call convolution: the kernel slides over the zero-padded input
/// without being flipped, y[f, o] = b[f] + Σ_c Σ_k x[c, o·s − p + k·d] · w[f, c, k], the sum over c running over the
/// channels of f's group when the channels are grouped. Exact for exact inputs.
/// </summary>
public static class CrossCorrelation
{
    /// <summary>
    /// Cross-correlation over the last <see cref="ConvolutionGeometry.Axes"/> axes, in the layouts of
    /// <see cref="ConvolutionOperands.ForConvolution"/>. <paramref name="bias"/> is a vector with one entry
    /// per output map, or a single entry for all of them.
    /// </summary>
    public static Tensor Apply(Tensor x, Tensor w, ConvolutionGeometry geometry, Tensor? bias = null, int groups = 1)
    {
        var operands = ConvolutionOperands.ForConvolution(x, w, geometry.Axes, groups);
        var filters = operands.Filters;
        var biasOf = BiasPerFilter(bias, filters.Outputs);
        return operands.OutputTensor(Apply(operands.Input, filters, geometry, biasOf));
    }

    internal static FeatureMaps Apply(FeatureMaps x, FilterBank w, ConvolutionGeometry geometry, Func<int, Number> biasOf)
    {
        var size = geometry.ConvolutionOutput(x.Size, w.Kernel);
        var taps = ConvolutionTap.All(x.Size, w.Kernel, size, geometry);
        var cells = size.Aggregate(1, (a, b) => a * b);
        var y = new Number[w.Outputs * cells];
        for (var f = 0; f < w.Outputs; f++)
        {
            var b = biasOf(f);
            for (var o = 0; o < cells; o++) y[f * cells + o] = b;
            for (var c = 0; c < w.Inputs; c++)
                foreach (var tap in taps)
                    y[f * cells + tap.Output] += x[w.InputChannel(f, c), tap.Input] * w[f, c, tap.Kernel];
        }
        return new FeatureMaps(w.Outputs, size, y);
    }

    private static Func<int, Number> BiasPerFilter(Tensor? bias, int filters)
    {
        if (bias is null) return _ => Number.Zero;
        if (bias.Rank == 1 && bias.Count == 1) return _ => bias[0];
        if (bias.Rank == 1 && bias.Count == filters) return f => bias[f];
        throw new EvaluationException(
            $"'bias' must be a number or a vector with one entry per filter ({filters}), got shape {Tensor.FormatShape(bias.Shape)}");
    }
}
