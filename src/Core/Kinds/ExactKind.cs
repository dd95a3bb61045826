using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>exact</c>: an exact rational number; a decimal that rounds it is accepted when the part sets <c>digits</c>.</summary>
public sealed class ExactKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Exact;
    public override string Name => "exact";
    public override bool TakesDigits => true;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) =>
        value is NumberValue { Number.IsExact: true } ? value
            : throw NotOfKind(value, "; use kind 'approx' for results of exp, log, sigmoid, tanh or softmax");

    public override string ExpectedForm(SolvedPart part) => part.Template.Digits is { } d
        ? $"an exact number as a fraction (e.g. 11/3) or a decimal with {d} decimal places"
        : "an exact number: whole, fraction (e.g. 11/3) or terminating decimal (e.g. 0.25)";

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
