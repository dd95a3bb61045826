namespace DeepExam.Builtins.Tensors;

/// <summary>
/// One term of a convolution sum: output cell <see cref="Output"/> reads input cell <see cref="Input"/>
/// through kernel cell <see cref="Kernel"/> (flat spatial indices, the same for every channel).
/// </summary>
internal readonly record struct ConvolutionTap(int Output, int Kernel, int Input)
{
    /// <summary>
    /// Every tap where input = output·stride − padding + kernel·dilation lands inside the input on every
    /// axis; taps that land in the zero padding contribute nothing and are left out. The forward pass,
    /// both gradients and the transposed convolution all walk this one list.
    /// </summary>
    public static ConvolutionTap[] All(int[] inputSize, int[] kernel, int[] outputSize, ConvolutionGeometry geometry)
    {
        var axes = inputSize.Length;
        var outputCells = outputSize.Aggregate(1, (a, b) => a * b);
        var kernelCells = kernel.Aggregate(1, (a, b) => a * b);
        if ((long)outputCells * kernelCells > Values.Tensor.MaxCells)
            throw new Evaluation.EvaluationException($"{outputCells} output cells of {kernelCells} kernel cells each are too many terms to compute");
        // Room for every pair at once: without padding every pair is a tap, and the array is then handed out as it is.
        var taps = new ConvolutionTap[outputCells * kernelCells];
        var count = 0;
        var o = new int[axes];
        var k = new int[axes];
        for (var output = 0; output < outputCells; output++)
        {
            Unflatten(output, outputSize, o);
            for (var kernelCell = 0; kernelCell < kernelCells; kernelCell++)
            {
                Unflatten(kernelCell, kernel, k);
                var input = 0;
                var inside = true;
                for (var axis = 0; axis < axes && inside; axis++)
                {
                    var i = o[axis] * geometry.Stride[axis] - geometry.Padding[axis] + k[axis] * geometry.Dilation[axis];
                    inside = i >= 0 && i < inputSize[axis];
                    input = input * inputSize[axis] + i;
                }
                if (inside) taps[count++] = new ConvolutionTap(output, kernelCell, input);
            }
        }
        if (count < taps.Length) Array.Resize(ref taps, count);
        return taps;
    }

    private static void Unflatten(int flat, int[] shape, int[] index)
    {
        for (var axis = shape.Length - 1; axis >= 0; axis--)
        {
            index[axis] = flat % shape[axis];
            flat /= shape[axis];
        }
    }
}
