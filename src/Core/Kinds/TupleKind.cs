using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>tuple</c>: numbers such as (kernel, stride, padding), in the order the part states.</summary>
public sealed class TupleKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Tuple;
    public override string Name => "tuple";
    public override bool TakesDigits => false;
    public override bool TakesOrder => true;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => value switch
    {
        ListValue l when l.Items.All(i => i is NumberValue) => value,
        TensorValue { Tensor.Rank: 1 } t => Value.List(t.Tensor.Values.Select(Value.Of)),
        _ => throw NotOfKind(value),
    };

    public override string ExpectedForm(SolvedPart part) => $"a tuple {Components(part)}";

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);

    /// <summary>"[H, W, C]" from the part's <c>order</c>, or "[d1, d2, d3]" for as many components as the answer has.</summary>
    internal static string Components(SolvedPart part)
    {
        var t = part.Template;
        var labels = t.Order.Length > 0 ? t.Order : [.. Enumerable.Range(1, ((ListValue)part.Answer).Items.Length).Select(i => $"d{i}")];
        return $"[{string.Join(", ", labels)}]";
    }
}
