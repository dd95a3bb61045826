using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>exact</c>: one number, compared exactly (or as a rounding, with <c>digits</c>); right or wrong.</summary>
public sealed class ExactGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Exact;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.None(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
