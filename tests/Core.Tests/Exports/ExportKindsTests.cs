using DeepExam.Exports;
using DeepExam.Grading.Kinds;
using DeepExam.Templates;

namespace DeepExam.Tests.Exports;

public class ExportKindsTests
{
    public static IEnumerable<AnswerKind> Kinds() => Enum.GetValues<AnswerKind>();

    [TestCaseSource(nameof(Kinds))]
    public void The_export_compares_exact_values_with_a_tolerance_exactly_where_the_grader_does(AnswerKind kind) =>
        Assert.That(ExportKinds.Of(kind).ToleratesExactValues, Is.EqualTo(AnswerKindGradings.Of(kind).ToleratesExactValues));
}
