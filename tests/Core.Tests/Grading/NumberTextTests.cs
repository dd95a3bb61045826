using DeepExam.Grading.Answers;

namespace DeepExam.Tests.Grading;

public class NumberTextTests
{
    [TestCase("10,001,000", "10001000", null)]
    [TestCase("10 001 000", "10001000", null)]
    [TestCase("10\u2009001\u2009000", "10001000", null)]
    [TestCase("10\u202F001\u202F000", "10001000", null)]
    [TestCase("10_001_000", "10001000", null)]
    [TestCase("−3", "-3", null)]
    [TestCase("11/3", "11/3", null)]
    [TestCase("11 / 3", "11/3", null)]
    [TestCase("23.611", "23611/1000", 3)]
    [TestCase("0.50", "1/2", 2)]
    [TestCase("1.5e-3", "3/2000", 4)]
    [TestCase("8.93889e2", "893889/1000", 3)]
    [TestCase("8.9300e2", "893", 2)]
    [TestCase("1.5e3", "1500", null)]
    [TestCase("2.5 × 10^3", "2500", null)]
    [TestCase("2.5 × 10^-2", "1/40", 3)]
    [TestCase("1,234.5", "2469/2", 1)]
    [TestCase("5.", "5", 0)]
    [TestCase(".5", "1/2", 1)]
    [TestCase("+.25", "1/4", 2)]
    [TestCase("-0.0", "0", 1)]
    [TestCase("000012", "12", null)]
    [TestCase("-9/-2", "9/2", null)]
    [TestCase("123456789012345678", "123456789012345678", null)]
    [TestCase("1234567890123456789.5", "2469135780246913579/2", 1)]
    [TestCase("1E3", "1000", null)]
    public void Reads_numbers_as_people_write_them(string text, string value, int? places)
    {
        // A number in scientific notation has the places of the plain decimal it stands for (8.93889e2 is 893.889).
        Assert.That(NumberText.TryParse(text, out var v, out var p), Is.True);
        Assert.That(v.ToString(), Is.EqualTo(value));
        Assert.That(p, Is.EqualTo(places));
    }

    [TestCase("1,5")]
    [TestCase("1,00,000")]
    [TestCase("12 34")]
    [TestCase("abc")]
    [TestCase("1/0")]
    [TestCase("")]
    [TestCase("0.5 or so")]
    [TestCase("1.2.3")]
    [TestCase("-")]
    [TestCase(".")]
    [TestCase("+-1")]
    public void Refuses_ambiguous_or_malformed_numbers(string text) =>
        Assert.That(NumberText.TryParse(text, out _, out _), Is.False);

    [TestCase("8.93889e2", "893889/1000", 3, true)]
    [TestCase("0.50", "1/2", 2, false)]
    [TestCase("-3", "-3", null, false)]
    [TestCase("2.5 × 10^-2", "1/40", 3, true)]
    public void Reads_a_text_the_same_again_once_its_reading_is_kept(string text, string value, int? places, bool scientific)
    {
        // The first reading of a short text is kept; later ones come from what was kept and must not differ.
        for (var time = 1; time <= 3; time++)
        {
            Assert.That(NumberText.TryParse(text, out var v, out var p), Is.True, $"reading {time}");
            Assert.That((v.ToString(), p, NumberText.IsScientific(text)), Is.EqualTo((value, places, scientific)), $"reading {time}");
        }
    }

    [Test]
    public void Refuses_a_text_again_once_its_refusal_is_kept()
    {
        for (var time = 1; time <= 3; time++)
            Assert.That((NumberText.TryParse("1,5", out _, out _), NumberText.IsScientific("1,5")), Is.EqualTo((false, false)), $"reading {time}");
    }
}
