using DeepExam.Documents;
using DeepExam.Grading.Reports.Composition;

namespace DeepExam.Tests.Grading;

public class RepeatedMarkdownTests
{
    // The kept texts are shared by the whole test run: each test converts texts no other test uses.
    private static string Unique(string markdown) => $"{markdown} ({Guid.NewGuid():N})";

    [Test]
    public void A_text_is_kept_from_its_second_conversion_on_and_every_later_one_shares_that_document()
    {
        var text = Unique("The loss has a factor $\\frac{1}{2}$ in front of the sum of squares.");
        var first = RepeatedMarkdown.Convert(text);
        var second = RepeatedMarkdown.Convert(text);
        var third = RepeatedMarkdown.Convert(text);
        Assert.That(second, Is.Not.SameAs(first), "a text seen once leaves only its hash");
        Assert.That(third, Is.SameAs(second));
    }

    [Test]
    public void A_kept_text_reads_as_a_fresh_conversion_of_it_does()
    {
        var text = Unique("Wrong by **one**: $\\frac{a}{b} \\notacommand$");
        RepeatedMarkdown.Convert(text);
        RepeatedMarkdown.Convert(text);
        var kept = RepeatedMarkdown.Convert(text);
        var fresh = MarkdownToDocument.Convert(text);
        Assert.That(Described(kept), Is.EqualTo(Described(fresh)));
        Assert.That(kept.Problems, Is.EqualTo(fresh.Problems), "the unsupported command is reported on every sheet, kept or not");
        Assert.That(kept.Problems, Is.Not.Empty);
    }

    [Test]
    public void Different_texts_get_their_own_documents()
    {
        var a = Unique("$98$");
        var b = Unique("$99$");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            RepeatedMarkdown.Convert(a);
            RepeatedMarkdown.Convert(b);
        }
        Assert.That(Described(RepeatedMarkdown.Convert(a)), Is.EqualTo(Described(MarkdownToDocument.Convert(a))));
        Assert.That(Described(RepeatedMarkdown.Convert(b)), Is.EqualTo(Described(MarkdownToDocument.Convert(b))));
    }

    /// <summary>The blocks as text, down to every inline: records print their members, but an immutable array only its length.</summary>
    private static string Described(Document document) => string.Join("\n", document.Blocks.Select(Describe));

    private static string Describe(object node) => node switch
    {
        Paragraph p => $"Paragraph[{string.Join(" | ", p.Inlines.Select(Describe))}]",
        _ => node.ToString() ?? "",
    };
}
