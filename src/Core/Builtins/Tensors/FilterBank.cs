using DeepExam.Numbers;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Convolution weights [outputs, inputs, kernel...] flat in row-major order. A 3-d filter bank has
/// rank 5, more than <see cref="Values.Tensor"/> holds, so the convolutions work on this instead.
/// With <see cref="Groups"/> g the input channels and the filters are split into g groups in order,
/// and each filter sees only the <see cref="Inputs"/> channels of its group (torch's groups=g).
/// </summary>
internal sealed class FilterBank
{
    public int Outputs { get; }

    /// <summary>The input channels each filter sees: all of them, or those of its group.</summary>
    public int Inputs { get; }

    public int Groups { get; }

    /// <summary>The input channels of all groups together.</summary>
    public int InputChannels => Inputs * Groups;

    public int[] Kernel { get; }
    public int KernelCells { get; }
    public Number[] Data { get; }

    public FilterBank(int outputs, int inputs, int[] kernel, Number[] data, int groups = 1)
    {
        Outputs = outputs;
        Inputs = inputs;
        Groups = groups;
        Kernel = kernel;
        KernelCells = kernel.Aggregate(1, (a, b) => a * b);
        if (data.Length != outputs * inputs * KernelCells) throw new ArgumentException("filter data does not match its shape");
        if (outputs % groups != 0) throw new ArgumentException("the filters do not split into the groups");
        Data = data;
    }

    /// <summary>The group of a filter: the filters are split into <see cref="Groups"/> runs of equal length.</summary>
    public int GroupOf(int output) => output / (Outputs / Groups);

    /// <summary>The input channel that a filter's <paramref name="input"/>-th kernel channel reads.</summary>
    public int InputChannel(int output, int input) => GroupOf(output) * Inputs + input;

    public int FlatIndex(int output, int input, int kernelCell) => (output * Inputs + input) * KernelCells + kernelCell;

    public Number this[int output, int input, int kernelCell] => Data[FlatIndex(output, input, kernelCell)];
}
