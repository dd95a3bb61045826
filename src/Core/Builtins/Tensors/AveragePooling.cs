using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Average pooling as PyTorch's default (count_include_pad=True): padded cells count as zeros, so the
/// divisor is every window cell inside the padded input, k·k except for ceil-mode windows running past it.
/// </summary>
public static class AveragePooling
{
    public static Tensor Forward(Tensor x, PoolingGeometry geometry)
    {
        var planes = new PoolingPlanes(x, geometry);
        return planes.Pool((plane, window) =>
            window.Cells.Aggregate(Number.Zero, (sum, cell) => sum + x[plane + cell]) / window.PaddedCells);
    }

    /// <summary>Each window cell inside the input receives dy divided by the forward divisor; overlaps add up.</summary>
    public static Tensor Backward(Tensor x, Tensor dy, PoolingGeometry geometry)
    {
        var planes = new PoolingPlanes(x, geometry);
        planes.CheckOutputShaped(dy, "'dy'");
        var dx = Tensor.Zeros(x.Shape).ToArray();
        var windows = planes.Windows;
        for (var p = 0; p < planes.Planes; p++)
        {
            var plane = p * planes.PlaneCells;
            for (var o = 0; o < windows.Length; o++)
            {
                var share = dy[p * windows.Length + o] / windows[o].PaddedCells;
                foreach (var cell in windows[o].Cells) dx[plane + cell] += share;
            }
        }
        return Tensor.Create(x.Shape, dx);
    }
}
