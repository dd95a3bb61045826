using DeepExam.Output;

namespace DeepExam.Tests.Output;

public class SafeCsvWriterTests
{
    private static string[] WriteAndRead(Action<SafeCsvWriter> cells)
    {
        using var text = new StringWriter();
        using (var csv = new SafeCsvWriter(text))
        {
            cells(csv);
            csv.EndRecord();
        }
        return CsvRows.Parse(text.ToString()).Single();
    }

    [TestCase("=HYPERLINK(\"http://x\", \"click\")")]
    [TestCase("+1+cmd|' /C calc'!A0")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1:A9)")]
    [TestCase("\t=1+1")]
    [TestCase("\r=1+1")]
    [TestCase("-")]
    public void Free_text_that_starts_like_a_formula_gets_a_leading_apostrophe(string text)
    {
        Assert.That(WriteAndRead(csv => csv.Text(text)), Is.EqualTo(new[] { "'" + text }));
    }

    [TestCase("s1001")]
    [TestCase("Ada Lovelace")]
    [TestCase("a=b, c")]
    [TestCase(" =1+1")]
    [TestCase("'=1")]
    [TestCase("")]
    public void Other_free_text_is_written_as_it_is(string text)
    {
        Assert.That(WriteAndRead(csv => csv.Text(text)), Is.EqualTo(new[] { text }));
    }

    [TestCase("-3")]
    [TestCase("-5/2")]
    [TestCase("-0.25")]
    [TestCase("+4")]
    [TestCase("1.5E-05")]
    [TestCase("-1e3")]
    [TestCase("[-1, 2]")]
    [TestCase("[[-1, 2], [3, -9/4]]")]
    [TestCase("27.02")]
    public void A_figure_is_never_prefixed(string figure)
    {
        Assert.That(WriteAndRead(csv => csv.Figure(figure)), Is.EqualTo(new[] { figure }));
    }

    [TestCase("-E1")]
    [TestCase("-1+SUM(A1:A9)")]
    [TestCase("=1")]
    [TestCase("-")]
    public void Text_passed_as_a_figure_is_still_neutralised(string text)
    {
        Assert.That(WriteAndRead(csv => csv.Figure(text)), Is.EqualTo(new[] { "'" + text }));
    }

    [Test]
    public void Whole_numbers_are_figures()
    {
        Assert.That(WriteAndRead(csv => { csv.Figure(-3); csv.Figure(12); }), Is.EqualTo(new[] { "-3", "12" }));
    }
}
