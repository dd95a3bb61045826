using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Composition;

public class ExamDocumentTests
{
    [Test]
    public void The_exam_has_empty_answer_boxes_and_the_solutions_filled_ones()
    {
        var exam = DemoExams.For(0);
        var parts = exam.Parts.Count();
        Assert.That(AnswerBoxes(ExamDocument.Exam(exam)).ToList(), Has.Count.EqualTo(parts).And.All.Property(nameof(AnswerBox.Content)).Empty);
        Assert.That(AnswerBoxes(ExamDocument.Solutions(exam)).ToList(), Has.Count.EqualTo(parts).And.All.Property(nameof(AnswerBox.Content)).Not.Empty);
    }

    [Test]
    public void Each_exercise_keeps_its_statement_with_its_first_part()
    {
        var document = ExamDocument.Exam(DemoExams.For(0));
        var sections = document.Blocks.OfType<Section>().ToList();
        Assert.That(sections, Has.Count.EqualTo(7));
        foreach (var section in sections)
        {
            Assert.That(section.Blocks[0], Is.TypeOf<KeepTogether>().With.Property(nameof(KeepTogether.WithNext)).True, section.Name);
            Assert.That(section.Blocks[1], Is.TypeOf<LabeledBlock>().With.Property(nameof(LabeledBlock.Label)).EqualTo("(a)"), section.Name);
        }
    }

    [Test]
    public void The_demo_exercises_use_only_supported_TeX()
    {
        foreach (var exam in DemoExams.First(4))
        {
            Assert.That(ExamDocument.Exam(exam).Problems, Is.Empty);
            Assert.That(ExamDocument.Solutions(exam).Problems, Is.Empty);
        }
    }

    [TestCase("1/1048576", "    digits: 8\n", "$\\frac{1}{1048576} \\approx 0.0000009537$")]
    [TestCase("1/1024", "    digits: 8\n", "$\\frac{1}{1024} = 0.0009765625$")]
    [TestCase("1/3000", "    digits: 3\n", "$\\frac{1}{3000} \\approx 0.0003333$")]
    [TestCase("425/18", "    digits: 3\n", "$\\frac{425}{18} \\approx 23.611$")]
    [TestCase("425/18", "", "$\\frac{425}{18} \\approx 23.6111$")]
    public void A_fractions_decimal_is_exact_or_shows_at_least_four_significant_digits(string answer, string extra, string markdown) =>
        Assert.That(ExamDocument.AnswerMarkdown(DeepExam.Tests.Grading.AnswerParserTests.Part("exact", answer, extra)), Is.EqualTo(markdown));

    [Test]
    public void An_approximate_part_shows_its_exact_value_as_a_decimal_only()
    {
        var part = DeepExam.Tests.Grading.AnswerParserTests.Part("approx", "1284556800/17294693", "");
        Assert.That(ExamDocument.AnswerMarkdown(part), Is.EqualTo("$\\approx 74.2746$"));
        Assert.That(DeepExam.Grading.Scoring.PartGrader.ExpectedText(part), Is.EqualTo("≈ 74.2746"));
    }

    [TestCase("tuple", "[0, 1, -1, -1/2]", "[0, 1, \u22121, \u22121/2]")]
    [TestCase("shape", "[50176, 3]", "[50\u202F176, 3]")]
    public void A_list_answer_is_shown_with_the_real_minus_sign_and_grouped_digits(string kind, string answer, string markdown) =>
        Assert.That(ExamDocument.AnswerMarkdown(DeepExam.Tests.Grading.AnswerParserTests.Part(kind, answer, "")), Is.EqualTo(markdown));

    [TestCase("true", "true")]
    [TestCase("false", "false")]
    public void A_true_false_answer_is_set_in_the_weight_of_other_answers(string answer, string markdown) =>
        Assert.That(ExamDocument.AnswerMarkdown(DeepExam.Tests.Grading.AnswerParserTests.Part("bool", answer, "")), Is.EqualTo(markdown));

    [Test]
    public void The_exam_sheet_states_its_time_and_what_the_answer_boxes_are_for_and_the_solutions_do_not()
    {
        var exam = DemoExams.For(0);
        var statement = "Time: 60 minutes. The box under each part is for its answer and names the form the answer takes; hand in your answers in your answer file, in that form.";
        Assert.That(ExamDocument.Exam(exam).Blocks.OfType<Paragraph>().Select(p => p.ToString()), Does.Contain(statement));
        Assert.That(ExamDocument.Solutions(exam).Blocks.OfType<Paragraph>().Select(p => p.ToString()), Does.Not.Contain(statement));
    }

    [Test]
    public void Without_a_time_the_exam_says_it_is_as_announced() =>
        Assert.That(ExamDocument.TimeAndAnswers(DemoExams.For(0).Blueprint with { Minutes = null }), Does.StartWith("Time: as announced. The box under each part"));

    [TestCase(1, 1, "1 point")]
    [TestCase(3, 2, "1.5 points")]
    [TestCase(2, 3, "0.67 points", Description = "a template may write 2/3 of a point; it reads as a decimal")]
    [TestCase(3, 4, "0.75 points")]
    [TestCase(9, 1, "9 points")]
    public void Points_read_naturally(int numerator, int denominator, string expected)
    {
        Assert.That(ExamDocument.PointsText(new DeepExam.Numbers.Rational(numerator, denominator)), Is.EqualTo(expected));
    }

    private static IEnumerable<AnswerBox> AnswerBoxes(Document document) => document.Blocks.SelectMany(Descendants).OfType<AnswerBox>();

    private static IEnumerable<Block> Descendants(Block block) => new[] { block }.Concat(block switch
    {
        Section s => s.Blocks.SelectMany(Descendants),
        KeepTogether k => k.Blocks.SelectMany(Descendants),
        LabeledBlock l => l.Blocks.SelectMany(Descendants),
        ListBlock l => l.Items.SelectMany(i => i.Blocks).SelectMany(Descendants),
        _ => [],
    });
}
