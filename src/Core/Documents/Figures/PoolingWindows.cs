namespace DeepExam.Documents.Figures;

/// <summary>
/// The windows of a pooling (or strided convolution) over a grid: <see cref="Height"/> × <see cref="Width"/>
/// cells, moved by <see cref="Stride"/> from the top left, every position that fits. They never overlap.
/// </summary>
public sealed record PoolingWindows(int Height, int Width, int Stride)
{
    public override string ToString() => $"{Height}x{Width} stride {Stride}";
}
