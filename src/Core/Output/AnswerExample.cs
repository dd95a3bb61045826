using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>
/// The example in an answer's expected form, of the part's own size and kind ("a vector of 2 numbers, e.g.
/// [1, -2]", never a 3-vector for a 2-vector), showing each notation the grader reads (a negative number,
/// a fraction), and never the answer itself: where the first example would equal it, another is used.
/// Large tensors are shown by their first entries and rows, with … for the rest.
/// </summary>
public static class AnswerExample
{
    private static readonly Rational[][] Cycles =
    [
        [new(1), new(-2), new(1, 2), new(3), new(0), new(-1, 4)],
        [new(2), new(-1), new(3, 2), new(0), new(4), new(-3)],
    ];

    private const int MaxShown = 4;

    public static string Of(Tensor answer)
    {
        foreach (var cycle in Cycles)
        {
            var example = Tensor.Build([.. answer.Shape], i => Number.Exact(cycle[Flat(i, answer.Shape) % cycle.Length]));
            if (!example.Equals(answer)) return Show(example);
        }
        return Show(Tensor.Build([.. answer.Shape], i => Number.Exact(new Rational(Flat(i, answer.Shape) + 7))));
    }

    private static int Flat(IReadOnlyList<int> index, IReadOnlyList<int> shape)
    {
        var flat = 0;
        for (var axis = 0; axis < shape.Count; axis++) flat = flat * shape[axis] + index[axis];
        return flat;
    }

    private static string Show(Tensor t) => t.Rank switch
    {
        1 => Row(t.Values.Select(v => v.ToString()).ToList()),
        _ => Rows(Enumerable.Range(0, t.Shape[0]).Select(r => Row(Enumerable.Range(0, t.Shape[1]).Select(c => t[r, c].ToString()).ToList())).ToList()),
    };

    private static string Row(List<string> cells) =>
        "[" + string.Join(", ", cells.Count <= MaxShown ? cells : [.. cells.Take(MaxShown - 1), "…", cells[^1]]) + "]";

    private static string Rows(List<string> rows) =>
        "[" + string.Join(", ", rows.Count <= MaxShown ? rows : [.. rows.Take(MaxShown - 1), "…", rows[^1]]) + "]";

    /// <summary>Two of the part's letters (one when it has two options), not the correct set.</summary>
    public static string Letters(SolvedPart part)
    {
        var letters = part.Options.Select(o => o.Letter).ToList();
        var correct = part.Options.Where(o => o.Correct).Select(o => o.Letter).ToHashSet(StringComparer.Ordinal);
        var candidates = letters.Count >= 3
            ? new List<List<string>> { new() { letters[0], letters[2] }, new() { letters[0], letters[1] }, new() { letters[1], letters[2] } }
            : [.. letters.Select(l => new List<string> { l })];
        var pick = candidates.FirstOrDefault(c => !c.ToHashSet(StringComparer.Ordinal).SetEquals(correct)) ?? candidates[0];
        return "[" + string.Join(", ", pick) + "]";
    }
}
