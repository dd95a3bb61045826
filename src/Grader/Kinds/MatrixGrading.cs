using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary><c>matrix</c>: a list of rows; credit for a recognised pattern and for the right entries.</summary>
public sealed class MatrixGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Matrix;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.ForTensor(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
