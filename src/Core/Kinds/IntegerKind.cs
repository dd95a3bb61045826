using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>integer</c>: an exact whole number.</summary>
public sealed class IntegerKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Integer;
    public override string Name => "integer";
    public override bool TakesDigits => false;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) =>
        value is NumberValue { Number.IsInteger: true } ? value : throw NotOfKind(value);

    public override string ExpectedForm(SolvedPart part) => "a whole number, e.g. 1024";

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
