using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
using DeepExam.Runs;
using DeepExam.Text;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
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

    [TestCase("1/1024", "", "1/1024 (≈ 0.0009766)")]
    [TestCase("1/1048576", "", "1/1048576 (≈ 0.0000009537)")]
    [TestCase("425/18", "", "425/18 (≈ 23.6111)")]
    [TestCase("425/18", "    digits: 3\n", "425/18 (≈ 23.6111)")]
    [TestCase("425/18", "    digits: 6\n", "425/18 (≈ 23.611111)")]
    public void The_correct_answers_decimal_shows_at_least_four_significant_digits_and_the_places_asked_for(string answer, string extra, string expected) =>
        Assert.That(PartGrader.ExpectedText(Part("exact", answer, extra)), Is.EqualTo(expected));

    // 8938897/10000 = 893.8897: 893.890 is its rounding to 3 places, 893.889 is 0.0007 off.
    private static PartGrade Scientific(string text) => Grade(Part("exact", "8938897/10000", "    digits: 3\n"), Typed(text));

    [Test]
    public void A_wrong_number_in_scientific_notation_says_what_it_was_read_as_and_how_far_off_it_is()
    {
        var g = Scientific("8.93889e2");
        Assert.That((g.Status, g.Verdict), Is.EqualTo((PartStatus.Incorrect, PartVerdict.Wrong)));
        Assert.That(g.Feedback, Is.EqualTo(new[]
        {
            "Your number in scientific notation was read as 893.889, which is 0.0007 off the exact value; a rounding to 3 decimal places is at most 0.0005 off.",
            "The correct answer is 8938897/10000 (≈ 893.8897).",
        }));
    }

    [Test]
    public void Scientific_notation_with_too_few_places_says_how_many_it_has() =>
        Assert.That(Scientific("8.9389e2").Feedback[0], Is.EqualTo(
            "Your number in scientific notation was read as 893.89, which has 2 decimal places; this part asks for 3 decimal places (it is 0.0003 off the exact value)."));

    [TestCase("8.93890e2")]
    [TestCase("8.93890e+2")]
    [TestCase("0.893890E3")]
    [TestCase("893890e-3")]
    [TestCase("8.93890 × 10^2")]
    public void Scientific_notation_that_stands_for_a_right_rounding_is_accepted_and_says_how_it_was_read(string text)
    {
        var g = Scientific(text);
        Assert.That((g.Status, g.Verdict), Is.EqualTo((PartStatus.Correct, PartVerdict.Rounded)), string.Join(" | ", g.Feedback));
        Assert.That(g.Feedback.Single(), Does.EndWith("your number in scientific notation was read as 893.890."));
    }

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
    public void A_matrix_earns_credit_for_the_right_cells_beyond_the_one_a_constant_answer_gets()
    {
        // Any constant answer gets one cell of [[1, 2], [3, 4]] right: 3 right is 2 of the 3 cells beyond that.
        var g = Grade(Part("matrix", "[[1, 2], [3, 4]]"), Typed("[[1, 2], [3, 5]]"));
        Assert.That((g.Status, g.Points), Is.EqualTo((PartStatus.Partial, new Rational(4, 3))));
        Assert.That(g.Feedback[0], Is.EqualTo("3 of 4 entries are right. Since an answer that repeats one of the correct values everywhere would get 1 right, "
            + "the credit is (3 - 1) / (4 - 1) = 2/3 of the points."));
    }

    private const string SparseGradient = "[[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 1, 0, 1]]";

    [TestCase("[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]", "0", PartStatus.Incorrect)]
    [TestCase("[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]", "0", PartStatus.Incorrect)]
    [TestCase("[[1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 1, 0, 1]]", "1.5", PartStatus.Partial)]
    [TestCase("[[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 1, 0, 0]]", "1.5", PartStatus.Partial)]
    [TestCase("[[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]", "1", PartStatus.Partial)]
    [TestCase("[[0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]", "0.5", PartStatus.Partial)]
    [TestCase("[[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]", "0", PartStatus.Incorrect)]
    public void Per_cell_credit_of_a_sparse_matrix_counts_only_the_cells_beyond_what_all_zeros_get(string given, string points, PartStatus status)
    {
        // 12 of the 16 cells are 0: (right − 12) / (16 − 12) of the 2 points.
        var g = Grade(Part("matrix", SparseGradient), Typed(given));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((status, points)), string.Join(" | ", g.Feedback));
    }

    [Test]
    public void An_all_zero_answer_to_a_sparse_matrix_earns_no_per_cell_credit()
    {
        var g = Grade(Part("matrix", "maxpool2d_backward([[1, 5, 2, 0], [3, 4, 9, 1], [0, 2, 1, 1], [8, 0, 3, 6]], ones([2, 2]), 2)"),
            Typed("[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]"));
        Assert.That((g.Status, g.Verdict, PointsText.Show(g.Points), g.Matched), Is.EqualTo((PartStatus.Incorrect, PartVerdict.Wrong, "0", (string?)null)));
        Assert.That(g.Feedback[0], Is.EqualTo("12 of 16 entries are right, but an answer with every entry 0 gets 12 right too: no credit."));
    }

    [Test]
    public void An_all_zero_answer_is_not_called_shifted()
    {
        // Today's 6.b: the shifted correct matrix is all zeros on the overlap, which an all-zero answer matches trivially.
        var g = Grade(Part("matrix", "[[0, 0, 0], [2, -1, 0]]"), Typed("[[0, 0, 0], [0, 0, 0]]"));
        Assert.That((g.Status, PointsText.Show(g.Points), g.Matched), Is.EqualTo((PartStatus.Incorrect, "0", (string?)null)));
        Assert.That(g.Feedback, Has.None.Contains("shifted"));
    }

    [Test]
    public void The_demos_all_zero_answers_to_4c_and_6b_earn_nothing_and_name_no_pattern()
    {
        // The parts named in the issue: a max-pooling gradient (12 of 16 zeros) and a ReLU gradient (often 4 of 6).
        var repo = TestPaths.Repository;
        var library = ExerciseLibrary.Load(DemoExam.Exercises(repo), BuiltinRegistry.Default);
        var generator = new ExamGenerator(BlueprintLoader.Load(DemoExam.Blueprint(repo), library), library, DemoExam.Secret, renderText: false);
        foreach (var student in RosterLoader.Load(DemoExam.Roster(repo)))
            foreach (var part in generator.Generate(student).Parts.Where(p => p.Key is "4.c" or "6.b"))
            {
                var zeros = ValueFormatter.Nested(((TensorValue)part.Answer).Tensor, _ => "0");
                var g = Grade(part, Typed(zeros));
                Assert.That((PointsText.Show(g.Points), g.Matched), Is.EqualTo(("0", (string?)null)), $"{student.Id} {part.Key}: {part.Answer}");
            }
    }

    [Test]
    public void Fewer_right_cells_than_a_constant_answer_gets_is_explained()
    {
        var g = Grade(Part("matrix", SparseGradient), Typed("[[0, 0, 1, 0], [0, 1, 0, 0], [1, 1, 1, 1], [1, 1, 1, 1]]"));
        Assert.That(g.Feedback[0], Is.EqualTo("10 of 16 entries are right, fewer than the 12 that an answer with every entry 0 gets: no credit."));
    }

    [Test]
    public void A_matrix_whose_entries_are_all_equal_earns_nothing_for_part_of_them()
    {
        var g = Grade(Part("matrix", "[[0, 0], [0, 0]]"), Typed("[[0, 0], [0, 1]]"));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((PartStatus.Incorrect, "0")));
        Assert.That(g.Feedback[0], Is.EqualTo("3 of 4 entries are right, but every entry of the correct answer is 0: there is no credit for part of it."));
    }

    [TestCase("[3, 224, 225]", "0", PartStatus.Incorrect, "2 of 3 values are right, but an answer with every value 224 gets 2 right too: no credit.")]
    [TestCase("[3, 225, 225]", "0", PartStatus.Incorrect, "1 of 3 values are right, fewer than the 2 that an answer with every value 224 gets: no credit.")]
    [TestCase("[224, 224, 224]", "0", PartStatus.Incorrect, "2 of 3 values are right, but an answer with every value 224 gets 2 right too: no credit.")]
    public void A_shape_earns_per_value_credit_only_beyond_its_most_common_size(string given, string points, PartStatus status, string feedback)
    {
        var g = Grade(Part("shape", "[3, 224, 224]"), Typed(given));
        Assert.That((g.Status, PointsText.Show(g.Points), g.Feedback[0]), Is.EqualTo((status, points, feedback)));
    }

    [Test]
    public void A_tuple_of_distinct_values_earns_credit_for_the_right_values_beyond_one()
    {
        var g = Grade(Part("tuple", "[28, 14, 5]"), Typed("[28, 14, 6]"));
        Assert.That((g.Status, PointsText.Show(g.Points)), Is.EqualTo((PartStatus.Partial, "1")));
    }

    [Test]
    public void Approximate_entries_count_as_common_when_a_constant_is_within_tolerance_of_them()
    {
        // sigmoid([0, 0, 3, -3]) = [0.5, 0.5, 0.9526, 0.0474]: an answer of all 0.5 gets two right by chance.
        var part = Part("vector", "sigmoid([0, 0, 3, -3])");
        Assert.That(PointsText.Show(Grade(part, Typed("[0.5, 0.5, 0.5, 0.5]")).Points), Is.EqualTo("0"));
        Assert.That(PointsText.Show(Grade(part, Typed("[0.5, 0.7, 0.9526, 0.0474]")).Points), Is.EqualTo("1"));
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

    [TestCase("[[0, 0, 0], [0, 2, 0]]", "[[0, 0, 0], [0, 0, 0]]")]
    [TestCase("[[1, 0, 0, 2], [0, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 4]]", "[[0, 0], [0, 0]]")]
    [TestCase("[[0, 0], [0, 0]]", "[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]")]
    [TestCase("[[0, 0, 0], [0, 0, 0]]", "[[0, 0], [0, 0], [0, 0]]")]
    [TestCase("[[0, 0, 0, 3]]", "[[0, 0, 0, 0]]")]
    public void A_pattern_is_not_named_when_only_cells_a_constant_answer_gets_right_match(string correct, string given)
    {
        // Shifted, a missing or extra border, transposed: each matched before on cells that are all 0 in the correct answer.
        var g = Grade(Part("matrix", correct), Typed(given));
        Assert.That((g.Matched, g.Verdict), Is.EqualTo(((string?)null, PartVerdict.Wrong)), string.Join(" | ", g.Feedback));
    }

    [Test]
    public void A_sparse_matrix_shifted_by_one_column_is_named_even_without_credit()
    {
        var g = Grade(Part("matrix", SparseGradient), Typed("[[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [1, 0, 1, 0]]"));
        Assert.That((g.Matched, g.Verdict, PointsText.Show(g.Points)), Is.EqualTo(("shifted", PartVerdict.Pattern, "0")));
    }

    private static readonly Rational[] SparseValues = [0, 0, 0, 0, 0, 0, 0, 0, -3, -1, new(1, 2), 1, 2, 5];
    private static readonly Rational[] Constants = [0, -3, -1, new(-1, 2), new(1, 2), 1, 2, 5, 7];

    /// <summary>A mostly-zero vector or matrix with at least one zero and one other value, as its part and its cells.</summary>
    private static Gen<SparseCase> Sparse() =>
        from rank in Gen.Elements(1, 2)
        from rows in Gen.Choose(1, 4)
        from cols in Gen.Choose(2, 5)
        let shape = rank == 1 ? new[] { cols } : new[] { rows, cols }
        let n = shape.Aggregate(1, (a, b) => a * b)
        from cells in Gen.ArrayOf(Gen.Elements(SparseValues), n)
        from at in Gen.Choose(0, n - 1)
        from other in Gen.Elements(SparseValues.Where(v => v.Sign != 0).ToArray())
        let zeroAt = cells.Select((c, i) => i == at ? Rational.Zero : c).ToArray()
        select new SparseCase(shape, zeroAt.All(x => x.Sign == 0) ? [.. zeroAt.Select((c, i) => i == (at + 1) % n ? other : c)] : zeroAt);

    public sealed record SparseCase(int[] Shape, Rational[] Cells)
    {
        public string Text => Tensor.Create(Shape, [.. Cells.Select(Number.Exact)]).ToString();
        public string Kind => Shape.Length == 1 ? "vector" : "matrix";
        public int Common => Cells.GroupBy(c => c).Max(g => g.Count());
        public string With(Func<int, Rational, Rational> cell) => Tensor.Create(Shape, [.. Cells.Select((c, i) => Number.Exact(cell(i, c)))]).ToString();
        public override string ToString() => Text;
    }

    [Test]
    public void A_constant_answer_to_a_sparse_matrix_never_earns_credit_or_a_pattern()
    {
        var cases = from correct in Sparse() from c in Gen.Elements(Constants) select (Correct: correct, Constant: c);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var g = Grade(Part(x.Correct.Kind, x.Correct.Text), Typed(x.Correct.With((_, _) => x.Constant)));
            return g.Points.Sign == 0 && g.Matched is null;
        }));
    }

    [Test]
    public void Each_wrong_entry_the_common_value_does_not_cover_costs_an_equal_share()
    {
        // k wrong cells among the n − m₀ that differ from the most common value earn (n − m₀ − k) / (n − m₀).
        var cases =
            from correct in Sparse()
            let common = correct.Cells.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key
            let others = Enumerable.Range(0, correct.Cells.Length).Where(i => correct.Cells[i] != common).ToArray()
            from k in Gen.Choose(1, others.Length)
            from shuffled in Gen.Shuffle(others)
            select (Correct: correct, Wrong: shuffled.Take(k).ToHashSet());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var n = x.Correct.Cells.Length;
            var m0 = x.Correct.Common;
            var g = Grade(Part(x.Correct.Kind, x.Correct.Text), Typed(x.Correct.With((i, c) => x.Wrong.Contains(i) ? c + 7 : c)));
            return g.Points == 2 * new Rational(n - m0 - x.Wrong.Count, n - m0);
        }));
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

    [Test]
    public void A_shape_written_with_bare_commas_is_correct() =>
        Assert.That(Grade(Part("shape", "[3, 224, 224]"), Typed("3,224,224")).Status, Is.EqualTo(PartStatus.Correct));

    [Test]
    public void A_list_given_for_a_number_is_a_format_error_that_says_so()
    {
        var g = Grade(Part("integer", "2352"), Typed("28,28,3"));
        Assert.That((g.Status, g.Feedback.Single()), Is.EqualTo((PartStatus.FormatError,
            "Could not read the answer: '28,28,3' looks like a list of numbers, [28, 28, 3], but this part asks for one number; "
            + "a comma in a number groups thousands in threes (10,001,000). Expected a whole number, e.g. 1024.")));
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

    [TestCase("true", PartVerdict.KnownMistake, TestName = "A mistake whose when holds is recognised")]
    [TestCase("false", PartVerdict.Wrong, TestName = "A mistake whose when is false is not recognised in that variant")]
    [TestCase("3 > 5", PartVerdict.Wrong, TestName = "A when is an expression")]
    public void A_mistake_is_graded_only_in_the_variants_its_when_admits(string when, PartVerdict verdict)
    {
        var part = Part("integer", "conv2d_params(3, 5, 5)", Mistake + $"        when: \"{when}\"\n");
        var g = Grade(part, Typed("375"));
        Assert.That(g.Verdict, Is.EqualTo(verdict));
        if (verdict == PartVerdict.Wrong) Assert.That(g.Feedback, Has.None.Contains("No bias."));
    }

    [TestCaseSource(nameof(Verdicts))]
    public void The_verdict_says_how_the_points_came_about(string kind, string answer, string extra, string given, PartVerdict verdict) =>
        Assert.That(Grade(Part(kind, answer, extra), Typed(given)).Verdict, Is.EqualTo(verdict));

    [Test]
    public void An_empty_answer_is_unanswered() =>
        Assert.That(Grade(Part("integer", "42"), new AnswerNode.Empty()).Status, Is.EqualTo(PartStatus.Unanswered));
}
