using DeepExam.Documents;
using DeepExam.Documents.Math;

namespace DeepExam.Tests.Documents;

public class MarkdownToDocumentTests
{
    [Test]
    public void Emphasis_strong_and_code_become_styled_runs()
    {
        var document = MarkdownToDocument.Convert("A *whole* image, **all** of it, as `code`.");
        var paragraph = (Paragraph)document.Blocks.Single();
        Assert.That(paragraph.Inlines, Is.EqualTo(new Inline[]
        {
            new TextRun("A "), new TextRun("whole", TextStyle.Emphasis), new TextRun(" image, "),
            new TextRun("all", TextStyle.Strong), new TextRun(" of it, as "), new TextRun("code", TextStyle.Code), new TextRun("."),
        }));
    }

    [Test]
    public void Inline_math_keeps_its_source_and_parsed_tree()
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert(@"An input of $42 \times 42$ pixels.").Blocks.Single();
        var math = paragraph.Inlines.OfType<MathRun>().Single();
        Assert.That(math.Source, Is.EqualTo(@"42 \times 42"));
        Assert.That(math.Math, Is.TypeOf<MathRow>());
    }

    [Test]
    public void Soft_line_breaks_are_spaces()
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert("one\ntwo").Blocks.Single();
        Assert.That(paragraph.Inlines, Is.EqualTo(new Inline[] { new TextRun("one two") }));
    }

    [Test]
    public void Display_math_on_its_own_lines_is_a_display_block()
    {
        var document = MarkdownToDocument.Convert("The kernel\n\n$$\nW = \\begin{bmatrix} 1 & 2 \\end{bmatrix}\n$$\n\nand more.");
        Assert.That(document.Blocks.Select(b => b.GetType()), Is.EqualTo(new[] { typeof(Paragraph), typeof(DisplayMath), typeof(Paragraph) }));
        Assert.That(((DisplayMath)document.Blocks[1]).Math, Is.TypeOf<MathRow>());
    }

    [Test]
    public void Display_math_inside_a_paragraph_splits_it()
    {
        var document = MarkdownToDocument.Convert("has the kernel\n$$W = 1$$\nand receives $x$.");
        Assert.That(document.Blocks.Select(b => b.GetType()), Is.EqualTo(new[] { typeof(Paragraph), typeof(DisplayMath), typeof(Paragraph) }));
        Assert.That(((DisplayMath)document.Blocks[1]).Source, Is.EqualTo("W = 1"));
        Assert.That(document.Blocks[2].ToString(), Is.EqualTo("and receives $x$."));
    }

    [Test]
    public void Ordered_lists_number_their_items()
    {
        var document = MarkdownToDocument.Convert("passes through\n1. a convolution,\n2. a pooling layer.");
        var list = document.Blocks.OfType<ListBlock>().Single();
        Assert.That(list.Items.Select(i => i.Marker), Is.EqualTo(new[] { "1.", "2." }));
        Assert.That(list.Items[1].Blocks.Single().ToString(), Is.EqualTo("a pooling layer."));
    }

    [Test]
    public void Pipe_tables_keep_header_cells_and_alignment()
    {
        var document = MarkdownToDocument.Convert("| layer | output |\n|---|--:|\n| conv | $28 \\times 28$ |\n");
        var table = document.Blocks.OfType<Table>().Single();
        Assert.That(table.Rows.Select(r => r.IsHeader), Is.EqualTo(new[] { true, false }));
        Assert.That(table.Alignments, Is.EqualTo(new[] { ColumnAlignment.Left, ColumnAlignment.Right }));
        Assert.That(table.Rows[1].Cells[1].Single(), Is.TypeOf<MathRun>());
    }

    [Test]
    public void Headings_keep_their_level()
    {
        var heading = (Heading)MarkdownToDocument.Convert("## Part two").Blocks.Single();
        Assert.That(heading.Level, Is.EqualTo(2));
        Assert.That(heading.Inlines, Is.EqualTo(new Inline[] { new TextRun("Part two") }));
    }

    [Test]
    public void Angle_brackets_are_shown_as_written_not_taken_for_html()
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert("your file (answer-sheets/<your id>.yaml)").Blocks.Single();
        Assert.That(paragraph.ToString(), Is.EqualTo("your file (answer-sheets/<your id>.yaml)"));
    }

    [Test]
    public void Unsupported_TeX_is_collected_for_the_whole_text()
    {
        var document = MarkdownToDocument.Convert("First $\\foo x$ and\n$$\\bar{y} + \\baz$$");
        Assert.That(document.Problems.Select(p => p.Command), Is.EqualTo(new[] { @"\foo", @"\baz" }));
        Assert.That(MarkdownToDocument.Problems("$\\foo + \\foo$").Select(p => p.Command), Is.EqualTo(new[] { @"\foo" }), "reported once per text");
    }

    [TestCase("Don't stop.", "Don\u2019t stop.")]
    [TestCase("the input's channels", "the input\u2019s channels")]
    [TestCase("a 'single' word", "a \u2018single\u2019 word")]
    [TestCase("a \"double\" word", "a \u201Cdouble\u201D word")]
    [TestCase("he said \"it's 'same' padding\" twice", "he said \u201Cit\u2019s \u2018same\u2019 padding\u201D twice")]
    [TestCase("(\"valid\" padding)", "(\u201Cvalid\u201D padding)")]
    [TestCase("\"Quoted.\"", "\u201CQuoted.\u201D")]
    [TestCase("the '90s", "the \u201990s")]
    [TestCase("the input's and the output's size", "the input\u2019s and the output\u2019s size")]
    [TestCase("the students' answers, 'quoted'", "the students\u2019 answers, \u2018quoted\u2019")]
    [TestCase("PyTorch's 'same' isn't TensorFlow's", "PyTorch\u2019s \u2018same\u2019 isn\u2019t TensorFlow\u2019s")]
    [TestCase("True or false: \"$\\sigma(z)$ is never 0\".", "True or false: \u201C$\\sigma(z)$ is never 0\u201D.")]
    [TestCase("the \"$x$\" and '$y$'", "the \u201C$x$\u201D and \u2018$y$\u2019")]
    [TestCase("*\"stressed\"* and \"**bold**\"", "Emphasis:\u201Cstressed\u201D and \u201CStrong:bold\u201D")]
    public void Quotes_and_apostrophes_in_prose_become_typographic(string markdown, string expected)
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert(markdown).Blocks.Single();
        Assert.That(paragraph.ToString(), Is.EqualTo(expected));
    }

    [TestCase("a -- b --- c ... d")]
    [TestCase("pairs: 1-2, 3-4")]
    public void Dashes_ellipses_and_angle_quotes_stay_as_written(string markdown)
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert(markdown).Blocks.Single();
        Assert.That(paragraph.ToString(), Is.EqualTo(markdown));
    }

    [Test]
    public void Quotes_in_code_and_math_stay_straight()
    {
        var paragraph = (Paragraph)MarkdownToDocument.Convert("`padding='same'` and $f'(x)$ with \"quotes\"").Blocks.Single();
        Assert.That(paragraph.Inlines[0], Is.EqualTo(new TextRun("padding='same'", TextStyle.Code)));
        Assert.That(((MathRun)paragraph.Inlines[2]).Source, Is.EqualTo("f'(x)"));
        Assert.That(paragraph.Inlines[3], Is.EqualTo(new TextRun(" with \u201Cquotes\u201D")));
    }

    [Test]
    public void Empty_text_is_an_empty_document()
    {
        Assert.That(MarkdownToDocument.Convert("  \n").Blocks, Is.Empty);
    }

    [Test]
    public void A_text_met_again_is_kept_and_its_document_shared()
    {
        // A text of its own, so no other test has met it.
        const string text = "The stride keeps every $s$-th position (a text of MarkdownToDocumentTests).";
        var first = MarkdownToDocument.Convert(text);
        var second = MarkdownToDocument.Convert(text);
        var third = MarkdownToDocument.Convert(text);
        Assert.That(second, Is.Not.SameAs(first), "a text met once leaves only its hash behind");
        Assert.That(third, Is.SameAs(second));
        Assert.That(third.Blocks.Single().ToString(), Is.EqualTo(first.Blocks.Single().ToString()));
    }

    [Test]
    public void A_kept_document_reads_as_the_first_parse_of_its_text_did_problems_included()
    {
        var text = Unique("Wrong by **one**: $\\frac{a}{b} \\notacommand$");
        var first = MarkdownToDocument.Convert(text);
        MarkdownToDocument.Convert(text);
        var kept = MarkdownToDocument.Convert(text);
        Assert.That(Described(kept), Is.EqualTo(Described(first)));
        Assert.That(kept.Problems.Select(p => p.Command), Is.EqualTo(new[] { @"\notacommand" }), "reported on every sheet, kept or not");
    }

    [Test]
    public void Texts_met_in_turn_are_each_kept_with_their_own_document()
    {
        var a = Unique("$98$");
        var b = Unique("$99$");
        for (var i = 0; i < 3; i++)
        {
            MarkdownToDocument.Convert(a);
            MarkdownToDocument.Convert(b);
        }
        Assert.That(Formula(MarkdownToDocument.Convert(a)), Is.EqualTo("98"));
        Assert.That(Formula(MarkdownToDocument.Convert(b)), Is.EqualTo("99"));
        Assert.That(MarkdownToDocument.Convert(a), Is.SameAs(MarkdownToDocument.Convert(a)));

        static string Formula(Document document) => ((Paragraph)document.Blocks.Single()).Inlines.OfType<MathRun>().Single().Source;
    }

    /// <summary>A text of a test's own: the memo is shared by the whole test run, and no other test has met this text.</summary>
    private static string Unique(string markdown) => $"{markdown} ({Guid.NewGuid():N})";

    /// <summary>The blocks as text, down to every inline: records print their members, but an immutable array only its length.</summary>
    private static string Described(Document document) => string.Join("\n", document.Blocks.Select(b => b is Paragraph p ? $"Paragraph[{string.Join(" | ", p.Inlines)}]" : b.ToString()));
}
