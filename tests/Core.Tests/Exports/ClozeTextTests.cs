using DeepExam.Exports;
using DeepExam.Exports.Moodle;
using DeepExam.Numbers;

namespace DeepExam.Tests.Exports;

public class ClozeTextTests
{
    [TestCase("<p>Use \\(\\{x\\}\\) here</p>")]
    [TestCase("a ~ b # c } d")]
    [TestCase("x &lt; y &amp; z")]
    [TestCase("\\frac{1}{2}")]
    [TestCase("\\# and \\\\} end")]
    public void A_feedback_with_the_characters_that_end_a_cloze_answer_reads_back_as_written(string feedback)
    {
        var field = ClozeText.Numerical(2, new NumericalAnswer(new Rational(3), Rational.Zero, [new NumericalMistake(0, new Rational(4), Rational.Zero)]), _ => feedback);
        var read = MoodleBankReader.Fields(field).Single();
        Assert.That((read.Weight, read.Answers.Length, read.Answers[1].Feedback), Is.EqualTo((2, 2, feedback)));
    }

    [Test]
    public void An_option_with_a_hash_and_a_brace_reads_back_as_written_with_its_percentage()
    {
        var field = ClozeText.Choice(1, "MULTIRESPONSE_S", [("50", "C# {x}", ""), ("-50", "a ~ b", "no")]);
        var read = MoodleBankReader.Fields(field).Single();
        Assert.That(read.Answers.Select(a => (a.Percent, a.Text, a.Feedback)), Is.EqualTo(new[] { (50.0, "C# {x}", ""), (-50.0, "a ~ b", "no") }));
    }

    [Test]
    public void A_numerical_field_writes_the_correct_answer_first_then_each_mistake_at_zero()
    {
        var field = ClozeText.Numerical(3, new NumericalAnswer(new Rational(5, 2), new Rational(1, 200),
            [new NumericalMistake(1, new Rational(5), Rational.Zero)]), rule => $"rule {rule}");
        Assert.That(field, Is.EqualTo("{3:NUMERICAL:=2.5:0.005~%0%5:0#rule 1}"));
    }
}
