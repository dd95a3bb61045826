using DeepExam.Grading.Answers;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Scoring;
using DeepExam.Kinds;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using static DeepExam.Tests.Grading.AnswerParserTests;

namespace DeepExam.Tests.Grading.Kinds;

/// <summary>
/// One part of every answer kind through every member of both handlers: its answer normalised, its
/// expected form and typeset answer, the answer written back as a student would read as right, and a
/// wrong answer graded with the kind's partial credit. A kind without a sample here fails the first test.
/// </summary>
public class EveryKindTests
{
    public sealed record Sample(AnswerKind Kind, Func<SolvedPart> Part, string Form, string Markdown, string Wrong, PartStatus WrongStatus, string WrongPoints)
    {
        public override string ToString() => Kind.ToString();
    }

    public static readonly Sample[] Samples =
    [
        new(AnswerKind.Integer, () => Part("integer", "1024"), "a whole number, e.g. 1024", "$1024$", "1023", PartStatus.Incorrect, "0"),
        new(AnswerKind.Exact, () => Part("exact", "425/18"), "an exact number: whole, fraction (e.g. 11/3) or terminating decimal (e.g. 0.25)",
            "$\\frac{425}{18} \\approx 23.6111$", "23.611", PartStatus.Incorrect, "0"),
        new(AnswerKind.Approximate, () => Part("approx", "exp(1)"), "a decimal number, within 1% (relative)", "$2.71828$", "2.5", PartStatus.Incorrect, "0"),
        new(AnswerKind.Shape, () => Part("shape", "[28, 28, 5]"), "a shape [d1, d2, d3]", "[28, 28, 5]", "[5, 28, 28]", PartStatus.Partial, "1"),
        new(AnswerKind.Tuple, () => Part("tuple", "[3, 1, 1/2]"), "a tuple [d1, d2, d3]", "[3, 1, 1/2]", "[3, 2, 4]", PartStatus.Incorrect, "0"),
        new(AnswerKind.Vector, () => Part("vector", "[1, 0, 2]"), "a vector of 3 numbers, e.g. [1, -2, 1/2]", "$$\\begin{bmatrix} 1 & 0 & 2 \\end{bmatrix}$$", "[1, 0, 3]", PartStatus.Partial, "1"),
        new(AnswerKind.Matrix, () => Part("matrix", "[[1, 2], [3, 4]]"), "a 2×2 matrix as a list of rows, e.g. [[1, -2], [1/2, 3]]",
            "$$\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$", "[[1, 3], [2, 4]]", PartStatus.Partial, "0.67"),
        new(AnswerKind.Tensor, () => Part("tensor", "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]"), "a tensor of shape [2, 2, 2] as nested lists",
            "$$\\left[ \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix},\\; \\begin{bmatrix} 5 & 6 \\\\ 7 & 8 \\end{bmatrix} \\right]$$", "[[[1, 2], [3, 4]], [[5, 6], [7, 9]]]", PartStatus.Partial, "1.71"),
        new(AnswerKind.Choice, () => Choice("choice", "Weight sharing"), "one letter: A, B, C, D", "A: Weight sharing", "B", PartStatus.Incorrect, "0"),
        new(AnswerKind.MultipleChoice, () => Choice("multi", "Weight sharing", "Translation equivariance"), "a list of letters from A, B, C, D, e.g. [A, B]; [] for none",
            "A: Weight sharing\n\nC: Translation equivariance", "[A]", PartStatus.Partial, "1"),
        new(AnswerKind.TrueFalse, () => Part("bool", "true"), "true or false", "true", "no", PartStatus.Incorrect, "0"),
    ];

    [Test]
    public void There_is_a_sample_of_every_answer_kind() =>
        Assert.That(Samples.Select(s => s.Kind).Order(), Is.EqualTo(Enum.GetValues<AnswerKind>().Order()));

    [TestCaseSource(nameof(Samples))]
    public void The_solvers_answer_is_already_in_its_kinds_canonical_form(Sample sample)
    {
        var part = sample.Part();
        Assert.That((part.Kind, AnswerKinds.Of(sample.Kind).Normalize(part.Answer)), Is.EqualTo((sample.Kind, part.Answer)));
    }

    [TestCaseSource(nameof(Samples))]
    public void The_expected_form_and_the_typeset_answer_are_the_kinds(Sample sample)
    {
        var part = sample.Part();
        Assert.That((AnswerText.ExpectedForm(part), AnswerKinds.Of(sample.Kind).AnswerMarkdown(part)), Is.EqualTo((sample.Form, sample.Markdown)));
    }

    [TestCaseSource(nameof(Samples))]
    public void The_answer_written_as_the_key_shows_it_is_read_back_and_graded_right(Sample sample)
    {
        var part = sample.Part();
        var grade = PartGrader.Grade(part, Typed(AnswerText.Format(part.Answer)), () => null).Grade;
        Assert.That((grade.Status, grade.Points), Is.EqualTo((PartStatus.Correct, part.Points)));
    }

    [TestCaseSource(nameof(Samples))]
    public void A_wrong_answer_gets_the_kinds_partial_credit(Sample sample)
    {
        var grade = PartGrader.Grade(sample.Part(), Typed(sample.Wrong), () => null).Grade;
        Assert.That((grade.Status, PointsText.Show(grade.Points)), Is.EqualTo((sample.WrongStatus, sample.WrongPoints)));
    }
}
