using DeepExam.Answers;
using DeepExam.Grading.Answers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>Whether a parsed answer equals a value of the part's kind, cell by cell with the part's number rules.</summary>
public static class AnswerComparison
{
    public static NumberMatch.Result Compare(Value expected, ParsedAnswer given, SolvedPart part)
    {
        switch (expected, given.Value)
        {
            case (NumberValue e, NumberValue g):
                return NumberMatch.Compare(e.Number, g.Number.ExactValue, Place(given, 0), part.Template);
            case (ListValue e, ListValue g) when e.Items.All(i => i is NumberValue):
                if (e.Items.Length != g.Items.Length || !g.Items.All(i => i is NumberValue)) return NumberMatch.Result.No;
                return Worst(e.Items.Select((item, i) => NumberMatch.Compare(((NumberValue)item).Number, ((NumberValue)g.Items[i]).Number.ExactValue, Place(given, i), part.Template)));
            case (TensorValue e, TensorValue g):
                if (!e.Tensor.SameShape(g.Tensor)) return NumberMatch.Result.No;
                return Worst(e.Tensor.Values.Select((x, i) => NumberMatch.Compare(x, g.Tensor[i].ExactValue, Place(given, i), part.Template)));
            case (ListValue e, ListValue g):
                return e.Items.Select(i => i.ToString()).Order(StringComparer.Ordinal).SequenceEqual(g.Items.Select(i => i.ToString()).Order(StringComparer.Ordinal))
                    ? NumberMatch.Result.Exact : NumberMatch.Result.No;
            default:
                return expected.Equals(given.Value) ? NumberMatch.Result.Exact : NumberMatch.Result.No;
        }
    }

    /// <summary>
    /// Right entries of a same-shaped tensor or list answer, for partial credit; null when the shapes differ.
    /// <paramref name="common"/> is the correct answer's most common value (see <see cref="MostCommonValue.Of"/>).
    /// </summary>
    public static CellCredit? Cells(Value expected, ParsedAnswer given, SolvedPart part, MostCommonValue common)
    {
        var e = Numbers(expected);
        var g = Numbers(given.Value);
        if (e is null || g is null || e.Count != g.Count || !SameShape(expected, given.Value)) return null;
        var right = 0;
        for (var i = 0; i < e.Count; i++)
            if (NumberMatch.Compare(e[i], g[i].ExactValue, Place(given, i), part.Template) != NumberMatch.Result.No) right++;
        return new CellCredit(right, e.Count, common);
    }

    /// <summary>The numbers of a tensor or of a list of numbers in row-major order; null for anything else.</summary>
    public static List<Numbers.Number>? Numbers(Value v) => v switch
    {
        TensorValue t => [.. t.Tensor.Values],
        ListValue l when l.Items.All(i => i is NumberValue) => [.. l.Items.Select(i => ((NumberValue)i).Number)],
        _ => null,
    };

    private static bool SameShape(Value a, Value b) => (a, b) switch
    {
        (TensorValue x, TensorValue y) => x.Tensor.SameShape(y.Tensor),
        (ListValue x, ListValue y) => x.Items.Length == y.Items.Length,
        _ => false,
    };

    private static int? Place(ParsedAnswer given, int index) => index < given.DecimalPlaces.Count ? given.DecimalPlaces[index] : null;

    private static NumberMatch.Result Worst(IEnumerable<NumberMatch.Result> results)
    {
        var worst = NumberMatch.Result.Exact;
        foreach (var r in results)
        {
            if (r == NumberMatch.Result.No) return r;
            if (r > worst) worst = r;
        }
        return worst;
    }
}
