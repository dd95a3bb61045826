using DeepExam.Numbers;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Channel-first feature maps with one to three spatial axes, flat in row-major order: what a
/// convolution reads and writes once the user's layout has been read (<see cref="ConvolutionOperands"/>).
/// </summary>
internal sealed class FeatureMaps
{
    public int Channels { get; }
    public int[] Size { get; }
    public int Cells { get; }
    public Number[] Data { get; }

    public FeatureMaps(int channels, int[] size, Number[] data)
    {
        Channels = channels;
        Size = size;
        Cells = size.Aggregate(1, (a, b) => a * b);
        if (data.Length != channels * Cells) throw new ArgumentException("feature map data does not match its shape");
        Data = data;
    }

    public Number this[int channel, int cell] => Data[channel * Cells + cell];

    // Accumulators start from an exact zero, said outright rather than left to default(Number).
    public static Number[] ZeroData(int count) => Enumerable.Repeat(Number.Zero, count).ToArray();
}
