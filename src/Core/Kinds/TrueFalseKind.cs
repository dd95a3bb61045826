using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>bool</c>: true or false.</summary>
public sealed class TrueFalseKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.TrueFalse;
    public override string Name => "bool";
    public override bool TakesDigits => false;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => value is BoolValue ? value : throw NotOfKind(value);

    public override string ExpectedForm(SolvedPart part) => "true or false";

    // In the weight of every other answer: bold would make a true/false part shout beside a number or a matrix.
    public override string AnswerMarkdown(SolvedPart part) => part.Answer is BoolValue { Value: true } ? "true" : "false";
}
