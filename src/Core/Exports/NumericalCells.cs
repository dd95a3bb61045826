using System.Collections.Immutable;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Exports;

/// <summary>
/// The numbers of a part's answer in row-major order (one for a number, each entry of a shape, tuple, vector, matrix or
/// tensor), each with the value every applicable known mistake gives at that place. A mistake is brought into the
/// part's form first, as the grader does; one that has no such form, or another shape, gives no value to any entry,
/// and at an entry a mistake leaves right it gives none either: there it is no mistake.
/// </summary>
public static class NumericalCells
{
    public static ImmutableArray<NumericalCell> Of(SolvedPart part)
    {
        var expected = Numbers(part.Answer) ?? throw new ArgumentException($"part {part.Key} has no numbers", nameof(part));
        var mistakes = new List<(int Rule, List<Number> Values)>();
        for (var i = 0; i < part.MistakeAnswers.Length; i++)
        {
            if (!part.MistakeApplies(i)) continue;
            Value normalized;
            try { normalized = AnswerShape.Normalize(part.Kind, part.MistakeAnswers[i]); }
            catch (EvaluationException) { continue; }
            if (Numbers(normalized) is { } values && values.Count == expected.Count && SameShape(part.Answer, normalized)) mistakes.Add((i, values));
        }
        return [.. expected.Select((number, at) => new NumericalCell(number,
            [.. mistakes.Where(m => !Equal(m.Values[at], number)).Select(m => (m.Rule, m.Values[at]))]))];
    }

    /// <summary>The dimensions a table of the answer's entries has: [n] for a number list or vector, the tensor's shape otherwise.</summary>
    public static ImmutableArray<int> Shape(Value answer) => answer switch
    {
        TensorValue t => t.Tensor.Shape,
        ListValue l => [l.Items.Length],
        _ => [],
    };

    /// <summary>"[1, 2, :, :]": which matrix of a tensor of shape <paramref name="shape"/> the <paramref name="index"/>-th is, counted from 1 as the sheets count entries.</summary>
    public static string SliceName(ImmutableArray<int> shape, int index)
    {
        var leading = new int[shape.Length - 2];
        for (var d = leading.Length - 1; d >= 0; d--)
        {
            leading[d] = index % shape[d] + 1;
            index /= shape[d];
        }
        return "[" + string.Join(", ", leading) + ", :, :]";
    }

    private static List<Number>? Numbers(Value value) => value switch
    {
        NumberValue n => [n.Number],
        TensorValue t => [.. t.Tensor.Values],
        ListValue l when l.Items.All(i => i is NumberValue) => [.. l.Items.Select(i => ((NumberValue)i).Number)],
        _ => null,
    };

    private static bool SameShape(Value a, Value b) => Shape(a).SequenceEqual(Shape(b));

    private static bool Equal(Number a, Number b) => a.IsExact && b.IsExact ? a.ExactValue == b.ExactValue : a.ToDouble() == b.ToDouble();
}
