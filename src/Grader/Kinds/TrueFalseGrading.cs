using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>bool</c>: true or false, right or wrong.</summary>
public sealed class TrueFalseGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.TrueFalse;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.None(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
