using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Gathers cell sums for a tensor result, checks each against the solver's value for that cell, and
/// keeps a long working readable by showing the first cells and counting the rest.
/// </summary>
internal sealed class CellSums(string function, Tensor result)
{
    /// <summary>More cells than this and only the first <see cref="Shown"/> are written out.</summary>
    public const int MaxCells = 25;
    public const int Shown = 8;

    private readonly List<CellSumStep> _steps = [];

    public void Add(int flat, string cell, IEnumerable<Product> terms, Number? bias = null)
    {
        var list = terms.ToImmutableArray();
        var sum = list.Aggregate(bias ?? Number.Zero, (s, t) => s + t.Left * t.Right);
        var solver = result[flat];
        if (sum.CompareTo(solver) != 0)
            throw new InvalidOperationException($"the worked sum for {function} at {cell} gives {sum}, the solver {solver}: the working and the solver disagree");
        _steps.Add(new CellSumStep(cell, list, bias, solver));
    }

    public IEnumerable<WorkingStep> Steps(string what) => Limit(_steps, what);

    /// <summary>All the steps when there are few; otherwise the first <see cref="Shown"/> and a count of the rest.</summary>
    public static IEnumerable<WorkingStep> Limit(IReadOnlyList<WorkingStep> steps, string what) =>
        steps.Count <= MaxCells ? steps : [.. steps.Take(Shown), new ElidedStep(steps.Count - Shown, what)];

    /// <summary>The zero-based index of a flat position in a shape, row-major.</summary>
    public static int[] Unflatten(int flat, IReadOnlyList<int> shape)
    {
        var index = new int[shape.Count];
        for (var axis = shape.Count - 1; axis >= 0; axis--)
        {
            index[axis] = flat % shape[axis];
            flat /= shape[axis];
        }
        return index;
    }
}
