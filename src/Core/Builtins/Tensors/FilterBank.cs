using DeepExam.Numbers;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Convolution weights [outputs, inputs, kernel...] flat in row-major order. A 3-d filter bank has
/// rank 5, more than <see cref="Values.Tensor"/> holds, so the convolutions work on this instead.
/// </summary>
internal sealed class FilterBank
{
    public int Outputs { get; }
    public int Inputs { get; }
    public int[] Kernel { get; }
    public int KernelCells { get; }
    public Number[] Data { get; }

    public FilterBank(int outputs, int inputs, int[] kernel, Number[] data)
    {
        Outputs = outputs;
        Inputs = inputs;
        Kernel = kernel;
        KernelCells = kernel.Aggregate(1, (a, b) => a * b);
        if (data.Length != outputs * inputs * KernelCells) throw new ArgumentException("filter data does not match its shape");
        Data = data;
    }

    public int FlatIndex(int output, int input, int kernelCell) => (output * Inputs + input) * KernelCells + kernelCell;

    public Number this[int output, int input, int kernelCell] => Data[FlatIndex(output, input, kernelCell)];
}
