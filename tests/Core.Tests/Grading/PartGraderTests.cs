using DeepExam.Grading.Answers;
using DeepExam.Grading.Grading;
using DeepExam.Grading.Reports;
using static DeepExam.Tests.Grading.AnswerParserTests;

namespace DeepExam.Tests.Grading;

public class PartGraderTests
{
    private static PartGrade Grade(DeepExam.Solving.SolvedPart part, AnswerNode node) => PartGrader.Grade(part, node, () => null).Grade;

    [Test]
    public void An_exact_answer_in_another_notation_is_correct()
    {
        var g = Grade(Part("exact", "425/18"), Typed("850/36"));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((PartStatus.Correct, "2")));
    }

    [TestCase("23.611", PartStatus.Correct)]
    [TestCase("23.6111", PartStatus.Correct)]
    [TestCase("23.61", PartStatus.Incorrect)]
    [TestCase("23.612", PartStatus.Incorrect)]
    public void A_decimal_is_accepted_for_an_exact_answer_when_it_rounds_it_to_the_digits_required(string text, PartStatus status)
    {
        var g = Grade(Part("exact", "425/18", "    digits: 3\n"), Typed(text));
        Assert.That(g.Status, Is.EqualTo(status));
        if (status == PartStatus.Correct) Assert.That(g.Feedback, Has.Some.Contains("rounding of the exact value 425/18"));
    }

    [Test]
    public void Without_digits_a_rounded_decimal_is_not_the_exact_answer() =>
        Assert.That(Grade(Part("exact", "425/18"), Typed("23.611")).Status, Is.EqualTo(PartStatus.Incorrect));

    [TestCase("0.7311", PartStatus.Correct)]
    [TestCase("0.73", PartStatus.Correct)]
    [TestCase("0.72", PartStatus.Incorrect)]
    public void Approximate_answers_use_the_relative_tolerance(string text, PartStatus status) =>
        Assert.That(Grade(Part("approx", "sigmoid(1)", "    tolerance: { relative: 0.005 }\n"), Typed(text)).Status, Is.EqualTo(status));

    [TestCase("0.731", PartStatus.Correct)]
    [TestCase("0.7306", PartStatus.Correct)]
    [TestCase("0.7317", PartStatus.Incorrect)]
    public void Approximate_answers_can_require_significant_figures(string text, PartStatus status) =>
        Assert.That(Grade(Part("approx", "sigmoid(1)", "    tolerance: { sigfigs: 3 }\n"), Typed(text)).Status, Is.EqualTo(status));

    [Test]
    public void A_known_mistake_gives_its_feedback()
    {
        var part = Part("integer", "conv2d_params(3, 5, 5)", "    mistakes:\n      - answer: conv2d_params(3, 5, 5, bias=false)\n        feedback: You forgot the bias of each of the {{a}} filters.\n");
        var g = Grade(part, Typed("375"));
        Assert.That(g.Status, Is.EqualTo(PartStatus.Incorrect));
        Assert.That(g.Matched, Is.EqualTo("conv2d_params(3, 5, 5, bias=false)"));
        Assert.That(g.Feedback, Is.EqualTo(new[] { "You forgot the bias of each of the 380 filters.", "The correct answer is 380." }));
    }

    [Test]
    public void An_answer_that_is_also_a_known_mistake_gets_full_credit()
    {
        // A pinned variant may waive a distinguishing constraint (a kernel equal to its flip): the answer is checked first.
        var part = Part("matrix", "conv2d([[1, 2], [3, 4]], ones([2, 2]), padding=1)",
            "    mistakes:\n      - answer: convolve2d([[1, 2], [3, 4]], ones([2, 2]), padding=1)\n        feedback: You flipped the kernel.\n");
        var g = Grade(part, Typed("[[1, 3, 2], [4, 10, 6], [3, 7, 4]]"));
        Assert.That((g.Status, PointsText.Show(g.Points), g.Matched), Is.EqualTo((PartStatus.Correct, "2", (string?)null)));
    }

    [Test]
    public void A_shape_in_another_order_earns_half_and_names_the_expected_order()
    {
        var g = Grade(Part("shape", "[28, 28, 5]", "    order: [H, W, C]\n"), Typed("(5, 28, 28)"));
        Assert.That((g.Status, PointsText.Show(g.Points), g.Matched), Is.EqualTo((PartStatus.Partial, "1", "permutation")));
        Assert.That(g.Feedback[0], Does.Contain("order [H, W, C]"));
    }

    [Test]
    public void A_matrix_earns_credit_per_right_cell()
    {
        var g = Grade(Part("matrix", "[[1, 2], [3, 4]]"), Typed("[[1, 2], [3, 5]]"));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((PartStatus.Partial, "1.5")));
        Assert.That(g.Feedback, Has.Some.EqualTo("3 of 4 entries are right."));
    }

    [TestCase("[[1, 3], [2, 4], [5, 6]]", "transposed")]
    [TestCase("[[-1, -2, -5], [-3, -4, -6]]", "negated")]
    [TestCase("[[2, 3, 6], [4, 5, 7]]", "offset")]
    [TestCase("[[2, 4, 10], [6, 8, 12]]", "scaled")]
    [TestCase("[[0, 0, 0, 0, 0], [0, 1, 2, 5, 0], [0, 3, 4, 6, 0], [0, 0, 0, 0, 0]]", "padding")]
    [TestCase("[[2, 5, 0], [4, 6, 0]]", "shifted")]
    public void A_wrong_matrix_is_checked_against_the_common_patterns(string given, string pattern)
    {
        var g = Grade(Part("matrix", "[[1, 2, 5], [3, 4, 6]]"), Typed(given));
        Assert.That(g.Matched, Is.EqualTo(pattern), string.Join(" | ", g.Feedback));
    }

    [TestCase("[A, C]", "2", PartStatus.Correct)]
    [TestCase("[A]", "1", PartStatus.Partial)]
    [TestCase("[A, B]", "0", PartStatus.Incorrect)]
    [TestCase("[A, B, C, D]", "0", PartStatus.Incorrect)]
    [TestCase("[A, C, D]", "1", PartStatus.Partial)]
    public void Multiple_choice_scores_right_minus_wrong_and_never_below_zero(string given, string points, PartStatus status)
    {
        var g = Grade(Choice("multi", "Weight sharing", "Translation equivariance"), Typed(given));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((status, points)));
    }

    [Test]
    public void An_unreadable_answer_is_a_format_error_not_a_wrong_value()
    {
        var g = Grade(Part("integer", "42"), Typed("forty-two"));
        Assert.That(g.Status, Is.EqualTo(PartStatus.FormatError));
        Assert.That(g.Feedback.Single(), Does.Contain("Expected a whole number"));
    }

    private const string Mistake = "    mistakes:\n      - answer: conv2d_params(3, 5, 5, bias=false)\n        feedback: No bias.\n";

    private static IEnumerable<TestCaseData> Verdicts()
    {
        TestCaseData Case(PartVerdict verdict, string kind, string answer, string given, string extra = "") =>
            new TestCaseData(kind, answer, extra, given, verdict).SetArgDisplayNames(verdict.ToString(), given);
        yield return Case(PartVerdict.Correct, "exact", "425/18", "850/36");
        yield return Case(PartVerdict.Rounded, "exact", "425/18", "23.611", "    digits: 3\n");
        yield return Case(PartVerdict.WithinTolerance, "approx", "sigmoid(1)", "0.73", "    tolerance: { relative: 0.005 }\n");
        yield return Case(PartVerdict.KnownMistake, "integer", "conv2d_params(3, 5, 5)", "375", Mistake);
        yield return Case(PartVerdict.Pattern, "matrix", "[[1, 2, 5], [3, 4, 6]]", "[[-1, -2, -5], [-3, -4, -6]]");
        yield return Case(PartVerdict.Pattern, "shape", "[28, 28, 5]", "(5, 28, 28)", "    order: [H, W, C]\n");
        yield return Case(PartVerdict.PartlyRight, "matrix", "[[1, 2], [3, 4]]", "[[1, 2], [3, 5]]");
        yield return Case(PartVerdict.Wrong, "integer", "42", "41");
        yield return Case(PartVerdict.FormatError, "integer", "42", "forty-two");
    }

    [TestCaseSource(nameof(Verdicts))]
    public void The_verdict_says_how_the_points_came_about(string kind, string answer, string extra, string given, PartVerdict verdict) =>
        Assert.That(Grade(Part(kind, answer, extra), Typed(given)).Verdict, Is.EqualTo(verdict));

    [Test]
    public void An_empty_answer_is_unanswered() =>
        Assert.That(Grade(Part("integer", "42"), new AnswerNode.Empty()).Status, Is.EqualTo(PartStatus.Unanswered));
}
