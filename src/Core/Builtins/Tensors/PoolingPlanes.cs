using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// A pooling input seen as independent [H, W] planes: a matrix is one plane, and every leading axis
/// ([C, H, W]) counts channels that are pooled separately.
/// </summary>
internal sealed class PoolingPlanes
{
    public Tensor Input { get; }
    public int Planes { get; }
    public int Height { get; }
    public int Width { get; }
    public PoolingWindow[] Windows { get; }
    public int[] OutputShape { get; }

    public PoolingPlanes(Tensor x, PoolingGeometry geometry)
    {
        if (x.Rank < 2) throw new EvaluationException($"'x' must be [H, W] or [C, H, W], got {Tensor.FormatShape(x.Shape)}");
        Input = x;
        Height = x.Shape[^2];
        Width = x.Shape[^1];
        Planes = x.Count / (Height * Width);
        Windows = geometry.Windows(Height, Width);
        OutputShape = [.. x.Shape.Take(x.Rank - 2), .. geometry.OutputSize(Height, Width)];
    }

    public int PlaneCells => Height * Width;

    /// <summary>Checks that an upstream gradient has the pooled shape.</summary>
    public void CheckOutputShaped(Tensor dy, string what)
    {
        if (!dy.Shape.SequenceEqual(OutputShape))
            throw new EvaluationException($"{what} must have the shape of the pooled output, {Tensor.FormatShape(OutputShape)}, got {Tensor.FormatShape(dy.Shape)}");
    }

    /// <summary>One output value per plane and window.</summary>
    public Tensor Pool(Func<int, PoolingWindow, Number> valueOf)
    {
        var data = new Number[Planes * Windows.Length];
        for (var p = 0; p < Planes; p++)
            for (var o = 0; o < Windows.Length; o++)
                data[p * Windows.Length + o] = valueOf(p * PlaneCells, Windows[o]);
        return Tensor.Create(OutputShape, data);
    }
}
