using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>choice</c>: one letter (or the option's text), right or wrong.</summary>
public sealed class ChoiceGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Choice;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.None(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
