using DeepExam.Documents;

namespace DeepExam.Tests.Documents;

public class DigitGroupsTests
{
    [TestCase("and 102764544 parameters", "and 102\u202F764\u202F544 parameters")]
    [TestCase("12544 inputs, 4096 outputs", "12\u202F544 inputs, 4096 outputs")]
    [TestCase("(-138357544)", "(-138\u202F357\u202F544)")]
    [TestCase("100000.", "100\u202F000.")]
    public void Integers_of_five_digits_or_more_are_grouped_by_threes_with_a_narrow_space(string text, string expected) =>
        Assert.That(DigitGroups.Of(text), Is.EqualTo(expected));

    [TestCase("4096 and 2026")]
    [TestCase("layer conv12345 of net_10000")]
    [TestCase("pi is 3.14159, about 31415.9")]
    [TestCase("a code 00123456")]
    [TestCase("already 102\u202F764\u202F544")]
    public void Short_numbers_names_decimals_codes_and_grouped_numbers_stay_as_written(string text) =>
        Assert.That(DigitGroups.Of(text), Is.EqualTo(text));

    [Test]
    public void A_templates_integer_in_prose_is_grouped_and_in_code_is_not()
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert("It has 102764544 weights, `n = 102764544`.").Blocks.Single();
        Assert.That(paragraph.Inlines.OfType<TextRun>().Select(t => t.Text), Is.EqualTo(new[] { "It has 102\u202F764\u202F544 weights, ", "n = 102764544", "." }));
    }
}
