using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Grading.Kinds;

/// <summary><c>tensor</c>: nested lists; credit for a recognised pattern and for the right entries.</summary>
public sealed class TensorGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Tensor;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.ForTensor(part, parsed, verdict);
    public override string ExpectedText(SolvedPart part) => PartGrader.ValueText(part);
}
