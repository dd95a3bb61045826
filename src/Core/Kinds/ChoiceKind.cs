using System.Collections.Immutable;
using DeepExam.Evaluation;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>choice</c>: one option from a list, answered by its letter.</summary>
public sealed class ChoiceKind : ChosenAnswerKind
{
    public override AnswerKind Kind => AnswerKind.Choice;
    public override string Name => "choice";
    public override bool TakesDigits => false;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value FromCorrectOptions(ImmutableArray<string> letters) => letters.Length == 1
        ? Value.Of(letters[0])
        : throw new EvaluationException($"needs exactly one correct option, this variant has {letters.Length}");

    public override string ExpectedForm(SolvedPart part) => $"one letter: {Letters(part)}";

    public override string AnswerMarkdown(SolvedPart part) => OptionsMarkdown(part, [((StringValue)part.Answer).Value]);
}
