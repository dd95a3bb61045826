using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>multi</c>: a set of letters; credit by <see cref="MultipleChoiceScoring"/>.</summary>
public sealed class MultipleChoiceGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.MultipleChoice;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.ForChoices(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
