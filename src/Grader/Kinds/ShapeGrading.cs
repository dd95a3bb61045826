using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>shape</c>: whole numbers in order; credit for a permutation or for some right values.</summary>
public sealed class ShapeGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Shape;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.ForSequence(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
