using System.Collections.Immutable;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>multi</c>: any number of options from a list, answered by their letters.</summary>
public sealed class MultipleChoiceKind : ChosenAnswerKind
{
    public override AnswerKind Kind => AnswerKind.MultipleChoice;
    public override string Name => "multi";
    public override bool TakesDigits => false;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value FromCorrectOptions(ImmutableArray<string> letters) => Value.List(letters.Select(Value.Of));

    public override string ExpectedForm(SolvedPart part) => $"a list of letters from {Letters(part)}, e.g. {AnswerExample.Letters(part)}; [] for none";

    public override string AnswerMarkdown(SolvedPart part) =>
        OptionsMarkdown(part, [.. ((ListValue)part.Answer).Items.Select(i => ((StringValue)i).Value)]);
}
