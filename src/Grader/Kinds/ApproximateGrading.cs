using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Grading.Kinds;

/// <summary><c>approx</c>: one number within the part's tolerance, even where the solver's value happens to be exact; right or wrong.</summary>
public sealed class ApproximateGrading : AnswerKindGrading
{
    public override AnswerKind Kind => AnswerKind.Approximate;
    public override PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) => PartialCreditPolicies.None(part, parsed, verdict);

    // Graded with a tolerance: the exact value as a fraction (1284556800/17294693) would be noise.
    public override string ExpectedText(SolvedPart part) => part.Answer is NumberValue { Number: { IsExact: true, IsInteger: false } n }
        ? $"≈ {ValueFormatter.ApproximateDecimal(n.ExactValue, Math.Max(4, part.Template.Digits ?? 0))}"
        : PartGrader.ValueText(part);
}
