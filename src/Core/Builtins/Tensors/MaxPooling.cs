using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>Max pooling and its gradient. Padding never wins a window: padded cells count as −∞.</summary>
public static class MaxPooling
{
    public static Tensor Forward(Tensor x, PoolingGeometry geometry)
    {
        var planes = new PoolingPlanes(x, geometry);
        return planes.Pool((plane, window) => x[plane + ArgMax(x, plane, window)]);
    }

    /// <summary>
    /// Routes each upstream gradient to the cell that won its window. On ties the first maximum in
    /// row-major order wins, as on PyTorch's CPU; cells that win several overlapping windows add up.
    /// </summary>
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
                dx[plane + ArgMax(x, plane, windows[o])] += dy[p * windows.Length + o];
        }
        return Tensor.Create(x.Shape, dx);
    }

    /// <summary>
    /// True when some window's maximum occurs more than once: there the gradient's route depends on the
    /// tie rule, which an exercise may want to avoid.
    /// </summary>
    public static bool HasTies(Tensor x, PoolingGeometry geometry)
    {
        var planes = new PoolingPlanes(x, geometry);
        for (var p = 0; p < planes.Planes; p++)
        {
            var plane = p * planes.PlaneCells;
            foreach (var window in planes.Windows)
            {
                var max = x[plane + ArgMax(x, plane, window)];
                // A loop, not Count with a lambda: constraints check this for every draw, and the lambda captured a closure per window.
                var atMax = 0;
                foreach (var cell in window.Cells)
                    if (x[plane + cell].CompareTo(max) == 0 && ++atMax > 1) return true;
            }
        }
        return false;
    }

    /// <summary>The winning cell of a window under the tie rule above (worked solutions show the same winner).</summary>
    internal static int ArgMax(Tensor x, int plane, PoolingWindow window)
    {
        var best = window.Cells[0];
        foreach (var cell in window.Cells)
        {
            // A NaN compares below every number, so it would lose silently, or win a window of NaNs; evaluation
            // never makes one, and none passes here either.
            if (!x[plane + cell].IsFinite)
                throw new EvaluationException($"'x' holds {x[plane + cell]}, which has no place in an order of numbers");
            if (x[plane + cell].CompareTo(x[plane + best]) > 0) best = cell;
        }
        return best;
    }
}
