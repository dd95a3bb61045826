using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// torch.nn.ConvTranspose*d: every input cell stamps the kernel, scaled by its value, onto the output
/// at stride spacing; overlapping stamps add, and the padding crops the border. It is the adjoint of
/// <see cref="CrossCorrelation"/> with the same weights, which is how it is computed.
/// </summary>
public static class TransposedConvolution
{
    /// <summary>
    /// In the layouts of <see cref="ConvolutionOperands.ForTransposed"/>; <paramref name="outputPadding"/>
    /// adds cells at the far end of each axis, to reach the sizes a strided convolution folds together.
    /// </summary>
    public static Tensor Apply(Tensor x, Tensor w, ConvolutionGeometry geometry, IReadOnlyList<int> outputPadding)
    {
        var operands = ConvolutionOperands.ForTransposed(x, w, geometry.Axes);
        var filters = operands.Filters;
        var size = geometry.TransposedOutput(operands.Input.Size, filters.Kernel, outputPadding);
        return operands.OutputTensor(ConvolutionGradients.Input(operands.Input, filters, size, geometry));
    }

    public static Tensor Apply(Tensor x, Tensor w, ConvolutionGeometry geometry) =>
        Apply(x, w, geometry, new int[geometry.Axes]);
}
