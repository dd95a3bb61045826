using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Builtins.Tensors;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Pooling forward (each window's values and its maximum or mean) and backward (where each upstream
/// gradient goes), walking the solver's own windows and its tie rule.
/// </summary>
internal static class PoolingExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["maxpool2d"] = e => Forward(e, max: true);
        explainers["avgpool2d"] = e => Forward(e, max: false);
        explainers["maxpool2d_backward"] = e => Backward(e, max: true);
        explainers["avgpool2d_backward"] = e => Backward(e, max: false);
    }

    private static IEnumerable<WorkingStep> Forward(CallExplanation e, bool max)
    {
        var a = e.Arguments;
        var x = a.Tensor("x");
        var planes = new PoolingPlanes(x, TensorFunctions.PoolingOf(a));
        var result = e.Result.AsTensor(a.Function.Name);
        var symbol = e.ResultSymbol("y");
        var steps = new List<WindowStep>();
        var (countsPadding, cut) = (false, false);
        var geometry = TensorFunctions.PoolingOf(a);
        for (var p = 0; p < planes.Planes; p++)
        {
            var plane = p * planes.PlaneCells;
            for (var o = 0; o < planes.Windows.Length; o++)
            {
                var window = planes.Windows[o];
                var values = window.Cells.Select(cell => x[plane + cell]).ToImmutableArray();
                var flat = p * planes.Windows.Length + o;
                var value = max ? x[plane + MaxPooling.ArgMax(x, plane, window)] : values.Aggregate(Number.Zero, (s, v) => s + v) / window.PaddedCells;
                if (value.CompareTo(result[flat]) != 0)
                    throw new InvalidOperationException($"the worked window for {a.Function.Name} gives {value}, the solver {result[flat]}: the working and the solver disagree");
                countsPadding |= !max && window.PaddedCells != window.Cells.Length;
                cut |= !max && window.PaddedCells != geometry.Kernel[0] * geometry.Kernel[1];
                steps.Add(new WindowStep(TexNames.Cell(symbol, CellSums.Unflatten(flat, result.Shape)), values, max ? 0 : window.PaddedCells, value));
            }
        }
        var note = max
            ? "Each output is the largest value in its window:"
            : countsPadding
                ? "Each output is the mean of its window; cells of the zero padding count as zeros in the divisor"
                : "Each output is the mean of its window";
        // PyTorch's rule for a ceil-mode window that runs past the padded input, which a student would not guess.
        if (cut) note += "; a window that runs past the padded input (ceil mode) is cut off there and divides only by the cells it keeps";
        if (!max) note += ":";
        return [new NoteStep(note), .. CellSums.Limit(steps, "windows")];
    }

    private static IEnumerable<WorkingStep> Backward(CallExplanation e, bool max)
    {
        var a = e.Arguments;
        var (x, dy) = (a.Tensor("x"), a.Tensor("dy"));
        var planes = new PoolingPlanes(x, TensorFunctions.PoolingOf(a));
        planes.CheckOutputShaped(dy, "'dy'");
        var result = e.Result.AsTensor(a.Function.Name);
        var (xName, gName) = (e.Symbol("x", "x"), e.Symbol("dy", "g"));
        var routed = new Number[x.Count];
        Array.Fill(routed, Number.Zero);
        var steps = new List<RouteStep>();
        for (var p = 0; p < planes.Planes; p++)
        {
            var plane = p * planes.PlaneCells;
            for (var o = 0; o < planes.Windows.Length; o++)
            {
                var window = planes.Windows[o];
                var flat = p * planes.Windows.Length + o;
                var from = TexNames.Cell(gName, CellSums.Unflatten(flat, dy.Shape));
                if (max)
                {
                    var winner = plane + MaxPooling.ArgMax(x, plane, window);
                    routed[winner] += dy[flat];
                    steps.Add(new RouteStep(from, dy[flat], [Input(winner)], dy[flat], $"the maximum, {TexNumbers.Of(x[winner])}, of its window"));
                }
                else
                {
                    var share = dy[flat] / window.PaddedCells;
                    foreach (var cell in window.Cells) routed[plane + cell] += share;
                    steps.Add(new RouteStep(from, dy[flat], [.. window.Cells.Select(cell => Input(plane + cell))], share,
                        $"its window's {window.PaddedCells} cells share it equally"));
                }
            }
        }
        for (var i = 0; i < routed.Length; i++)
            if (routed[i].CompareTo(result[i]) != 0)
                throw new InvalidOperationException($"the worked routing for {a.Function.Name} gives {routed[i]} at {i}, the solver {result[i]}: the working and the solver disagree");
        var note = max
            ? $"Only the largest value of each window passed forward, so each upstream gradient ${gName}$ goes back to it; every other cell gets 0, and a cell that wins several windows adds them up:"
            : $"Each output was the mean of its window, so each upstream gradient ${gName}$ is shared equally by the window's cells; overlaps add up:";
        return [new NoteStep(note), .. CellSums.Limit(steps, "windows")];

        string Input(int flat) => TexNames.Cell(xName, CellSums.Unflatten(flat, x.Shape));
    }
}
