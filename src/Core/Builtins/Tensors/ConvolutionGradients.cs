using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Backpropagation through <see cref="CrossCorrelation"/>: given the upstream gradient dy = ∂L/∂y,
/// the gradients with respect to the input and to the weights. Each output term x·w sends dy·w back
/// to its input cell and dy·x back to its kernel cell, so both walk the forward pass's taps.
/// </summary>
public static class ConvolutionGradients
{
    /// <summary>∂L/∂x, the shape of <paramref name="x"/>.</summary>
    public static Tensor Input(Tensor x, Tensor w, Tensor dy, ConvolutionGeometry geometry, int groups = 1)
    {
        var operands = ConvolutionOperands.ForConvolution(x, w, geometry.Axes, groups);
        var filters = operands.Filters;
        var size = geometry.ConvolutionOutput(operands.Input.Size, filters.Kernel);
        var upstream = operands.ReadOutput(dy, filters.Outputs, size, "'dy'");
        var dx = Input(upstream, filters, operands.Input.Size, geometry);
        return Tensor.Create(x.Shape, dx.Data);
    }

    /// <summary>∂L/∂w, the shape of <paramref name="w"/>.</summary>
    public static Tensor Weight(Tensor x, Tensor w, Tensor dy, ConvolutionGeometry geometry, int groups = 1)
    {
        var operands = ConvolutionOperands.ForConvolution(x, w, geometry.Axes, groups);
        var filters = operands.Filters;
        var input = operands.Input;
        var size = geometry.ConvolutionOutput(input.Size, filters.Kernel);
        var upstream = operands.ReadOutput(dy, filters.Outputs, size, "'dy'");
        var taps = ConvolutionTap.All(input.Size, filters.Kernel, size, geometry);
        var dw = FeatureMaps.ZeroData(filters.Data.Length);
        for (var f = 0; f < filters.Outputs; f++)
            for (var c = 0; c < filters.Inputs; c++)
                foreach (var tap in taps)
                    dw[filters.FlatIndex(f, c, tap.Kernel)] += upstream[f, tap.Output] * input[filters.InputChannel(f, c), tap.Input];
        return Tensor.Create(w.Shape, dw);
    }

    /// <summary>
    /// Scatters output-shaped <paramref name="dy"/> back onto an input of <paramref name="inputSize"/>:
    /// the gradient with respect to the input, and also the transposed convolution of dy.
    /// </summary>
    internal static FeatureMaps Input(FeatureMaps dy, FilterBank w, int[] inputSize, ConvolutionGeometry geometry)
    {
        var taps = ConvolutionTap.All(inputSize, w.Kernel, dy.Size, geometry);
        var cells = inputSize.Aggregate(1, (a, b) => a * b);
        var dx = FeatureMaps.ZeroData(w.InputChannels * cells);
        for (var f = 0; f < w.Outputs; f++)
            for (var c = 0; c < w.Inputs; c++)
                foreach (var tap in taps)
                    dx[w.InputChannel(f, c) * cells + tap.Input] += dy[f, tap.Output] * w[f, c, tap.Kernel];
        return new FeatureMaps(w.InputChannels, inputSize, dx);
    }
}
