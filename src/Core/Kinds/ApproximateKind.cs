using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>approx</c>: a number from a transcendental function, compared with a tolerance.</summary>
public sealed class ApproximateKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Approximate;
    public override string Name => "approx";
    public override bool TakesDigits => false;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => Tolerance.Default;
    public override bool ToleratesExactValues => true;

    public override Value Normalize(Value value) => value is NumberValue ? value : throw NotOfKind(value);

    public override string ExpectedForm(SolvedPart part) => $"a decimal number, {(part.Template.Tolerance ?? Tolerance.Default)}";

    // The part is graded with a tolerance: its exact value as a fraction would be noise.
    public override string AnswerMarkdown(SolvedPart part) =>
        part.Answer is NumberValue { Number.IsExact: true } n && !n.Number.ExactValue.IsInteger
            ? $"$\\approx {ValueFormatter.ApproximateDecimal(n.Number.ExactValue, part.Template.Digits ?? 4)}$"
            : ValueMarkdown.Of(part);
}
