using System.Globalization;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Layout;

public class DocumentLayoutTests
{
    private static readonly DocumentLayout Layout = new(FixedWidthMeasurer.Instance);
    private static readonly PageSetup Page = PageSetup.A4;

    private static IEnumerable<(string Name, LaidOutDocument Document)> Sheets()
    {
        foreach (var exam in DemoExams.First(3))
        {
            yield return ($"exam of {exam.Student.Id}", Layout.Layout(ExamDocument.Exam(exam), PageFrame.Of(ExamDocument.Heads(exam, false))));
            yield return ($"solutions of {exam.Student.Id}", Layout.Layout(ExamDocument.Solutions(exam), PageFrame.Of(ExamDocument.Heads(exam, true))));
        }
    }

    private static Rect Placed(PlacedFragment f, DrawOp op) => op.Bounds.Offset(f.X, f.Y);

    [Test]
    public void Content_stays_inside_the_margins_and_furniture_inside_the_page()
    {
        foreach (var (name, document) in Sheets())
            foreach (var page in document.Pages)
            {
                foreach (var f in page.Content)
                {
                    Assert.That(f.Bounds.IsInside(Page.ContentArea), $"{name}, page {page.Number}: {f}");
                    foreach (var op in f.Fragment.Ops)
                        Assert.That(Placed(f, op).IsInside(Page.ContentArea), $"{name}, page {page.Number}: {op} of {f.Fragment.What}");
                }
                foreach (var f in page.Furniture)
                    foreach (var op in f.Fragment.Ops)
                    {
                        Assert.That(Placed(f, op).IsInside(Page.PageArea), $"{name}, page {page.Number}: {op}");
                        Assert.That(Placed(f, op).Overlaps(Page.ContentArea), Is.False, $"{name}, page {page.Number}: {op} is in the text area");
                    }
            }
    }

    [Test]
    public void Fragments_do_not_overlap_and_hold_their_ops()
    {
        foreach (var (name, document) in Sheets())
            foreach (var page in document.Pages)
            {
                var content = page.Content;
                for (var i = 0; i < content.Length; i++)
                {
                    foreach (var op in content[i].Fragment.Ops)
                        Assert.That(Placed(content[i], op).IsInside(content[i].Bounds, 0.5), $"{name}, page {page.Number}: {op} outside {content[i]}");
                    for (var j = i + 1; j < content.Length; j++)
                        Assert.That(content[i].Bounds.Overlaps(content[j].Bounds), Is.False, $"{name}, page {page.Number}: {content[i]} overlaps {content[j]}");
                }
            }
    }

    [Test]
    public void Drawn_text_does_not_overlap()
    {
        foreach (var (name, document) in Sheets())
        {
            var canvas = RecordingCanvas.Record(document, FixedWidthMeasurer.Instance);
            foreach (var page in canvas.Texts.GroupBy(t => t.Page))
            {
                var texts = page.Select(t => (t.Text, Box: TightBox(t))).ToList();
                for (var i = 0; i < texts.Count; i++)
                    for (var j = i + 1; j < texts.Count; j++)
                        Assert.That(texts[i].Box.Overlaps(texts[j].Box, 0.2), Is.False, $"{name}, page {page.Key}: '{texts[i].Text}' {texts[i].Box} overlaps '{texts[j].Text}' {texts[j].Box}");
            }
        }

        // The ink of a glyph run: from the cap height to the descender, not the font's whole line height; a prime's
        // ink is only the top of its line, where a subscript under it (y′₁) does not reach.
        static Rect TightBox(RecordedDraw t) => new(t.Bounds.X, t.Bounds.Y, t.Bounds.Width,
            t.Font!.Value.Size * (t.Text!.All(c => c is '′' or '″' or '‴') ? 0.76 - DeepExam.Layout.Formulas.GlyphExtents.PrimeBottom : 0.95));
    }

    [Test]
    public void Every_page_says_which_of_how_many_it_is()
    {
        foreach (var (name, document) in Sheets())
        {
            var canvas = RecordingCanvas.Record(document, FixedWidthMeasurer.Instance);
            var count = document.Pages.Length;
            Assert.That(count, Is.GreaterThan(1), name);
            for (var p = 1; p <= count; p++)
                Assert.That(canvas.Texts.Where(t => t.Page == p).Select(t => t.Text), Does.Contain($"Page {p} of {count}"), name);
        }
    }

    [Test]
    public void An_exercise_heading_is_on_the_page_of_its_first_part()
    {
        foreach (var (name, document) in Sheets())
        {
            var texts = RecordingCanvas.Record(document, FixedWidthMeasurer.Instance).Texts.ToList();
            var headings = texts.Select((t, i) => (t, i)).Where(x => x.t.Text!.StartsWith("Exercise ", StringComparison.Ordinal)).ToList();
            Assert.That(headings, Has.Count.EqualTo(7), name);
            foreach (var (heading, index) in headings)
            {
                var firstPart = texts.Skip(index).First(t => t.Text == "(a)");
                Assert.That(firstPart.Page, Is.EqualTo(heading.Page), $"{name}: {heading.Text}");
            }
        }
    }

    [Test]
    public void The_header_names_the_exam_and_the_student()
    {
        var exam = DemoExams.For(1);
        var document = Layout.Layout(ExamDocument.Exam(exam), PageFrame.Of(ExamDocument.Heads(exam, false)));
        var texts = RecordingCanvas.Record(document, FixedWidthMeasurer.Instance).Texts.Select(t => t.Text).ToList();
        Assert.That(texts, Does.Contain($"{exam.Student.Name} ({exam.Student.Id})"));
        Assert.That(texts, Does.Contain($"Check code {exam.CheckCode}"));
    }

    [TestCase("A short title", "A short title")]
    [TestCase("Computer Vision 1 — a final exam on convolutional networks and their gradients, with every exercise of the term",
        "Computer Vision 1 — a final exam on convolutional networks and their gradients, with every…")]
    public void A_header_too_long_for_the_line_is_shortened_at_the_end_of_a_word(string title, string shown)
    {
        var furniture = new DocumentLayout(FixedWidthMeasurer.Instance).Furniture(new PageFrame(title, "Ada Lovelace (s1001)", ""), 1, 1);
        var texts = furniture.SelectMany(f => f.Fragment.Ops.OfType<TextOp>()).Select(t => t.Text).ToList();
        Assert.That(texts[0], Is.EqualTo(shown));
    }

    [Test]
    public void A_single_word_too_long_for_the_header_is_cut_within_it()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 20));
        var furniture = new DocumentLayout(FixedWidthMeasurer.Instance).Furniture(new PageFrame(word, "Ada Lovelace (s1001)", ""), 1, 1);
        var left = furniture.SelectMany(f => f.Fragment.Ops.OfType<TextOp>()).First().Text;
        Assert.That(left, Does.StartWith("abcdefghij").And.EndWith("…"));
        Assert.That(left.Length, Is.LessThan(word.Length));
    }

    [Test]
    public void A_matrix_wider_than_the_page_is_an_error_naming_the_exercise_and_the_formula()
    {
        var row = string.Join(" & ", Enumerable.Range(0, 40).Select(i => (1000 + i).ToString(CultureInfo.InvariantCulture)));
        var tex = $@"X = \begin{{bmatrix}} {row} \end{{bmatrix}}";
        var document = new Document([new Section("exercise 3 (pooling-small-matrix)", [new DisplayMath(tex, TexParser.Parse(tex).Root)])], []);
        var error = Assert.Throws<LayoutException>(() => Layout.Layout(document, PageFrame.None));
        Assert.That(error!.Message, Does.StartWith("exercise 3 (pooling-small-matrix): ").And.Contain("X = \\begin{bmatrix}").And.Contain("pt"));
    }

    [Test]
    public void A_long_formula_breaks_after_its_relations_onto_further_lines()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 30).Select(i => $"x_{{{i}}}"));
        var tex = $"y = {terms} = z";
        var document = new Document([new DisplayMath(tex, TexParser.Parse(tex).Root)], []);
        var laidOut = Layout.Layout(document, PageFrame.None);
        var lines = laidOut.Pages[0].Content;
        Assert.That(lines.Length, Is.GreaterThan(1));
        Assert.That(lines.SelectMany(f => f.Fragment.Ops.Select(o => Placed(f, o))), Has.All.Matches<Rect>(b => b.IsInside(Page.ContentArea)));
    }

    [Test]
    public void A_long_display_breaks_before_its_relations_and_sets_them_under_the_first()
    {
        var terms = string.Join(" + ", Enumerable.Range(0, 20).Select(i => $"x_{{{i}}}"));
        var tex = $"y = {terms} = {terms} = z";
        var document = new Document([new DisplayMath(tex, TexParser.Parse(tex).Root)], []);
        var lines = Layout.Layout(document, PageFrame.None).Pages[0].Content;
        Assert.That(lines.Length, Is.GreaterThan(1), string.Join(" / ", lines.Select(f => string.Concat(f.Fragment.Ops.OfType<TextOp>().OrderBy(t => t.X).Select(t => t.Text)))));
        var firsts = lines.Select(f => f.Fragment.Ops.OfType<TextOp>().MinBy(t => t.X)!).ToList();
        var firstEquals = lines[0].Fragment.Ops.OfType<TextOp>().Where(t => t.Text == "=").Min(t => t.X);
        Assert.That(lines.Select(f => f.Fragment.Ops.OfType<TextOp>().MaxBy(t => t.X)!.Text), Has.None.EqualTo("=").And.None.EqualTo("+"), "no line ends with a relation or an operator");
        for (var i = 1; i < lines.Length; i++)
        {
            Assert.That(firsts[i].Text, Is.EqualTo("="), $"line {i + 1} starts with the relation it broke before, rather than an operator");
            Assert.That(firsts[i].X, Is.EqualTo(firstEquals + (firsts[i].Text == "=" ? 0 : LayoutStyle.Default.Em)).Within(1e-6), $"line {i + 1} is aligned on the first relation");
        }
    }

    private static Block LongTable(int rows) => MarkdownToDocument.Convert(
        "| layer | output |\n| --- | --- |\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"| layer {i} | [4, {i}, {i}] |\n"))).Blocks.Single();

    [Test]
    public void A_table_continued_on_a_page_repeats_its_header_row()
    {
        var pages = Layout.Layout(new Document([LongTable(120)], []), PageFrame.None).Pages;
        Assert.That(pages.Length, Is.GreaterThan(1));
        Assert.That(pages.Select(p => p.Content[0].Fragment.What), Has.All.StartWith("row 1 of").Or.StartWith("the header of"));
        Assert.That(pages.Skip(1).Select(p => p.Content[0].Fragment.Ops.OfType<TextOp>().Select(t => t.Text)), Has.All.Contains("layer").And.All.Contains("output"));
    }

    [Test]
    public void A_table_breaks_with_at_least_two_rows_on_either_side()
    {
        for (var before = 30; before <= 75; before++)
        {
            var filler = Enumerable.Range(0, before).Select(i => (Block)Paragraph.Of(new TextRun($"Line {i}."))).ToList();
            var pages = Layout.Layout(new Document([.. filler, LongTable(6)], []), PageFrame.None).Pages;
            foreach (var page in pages)
            {
                var bodyRows = page.Content.Count(f => f.Fragment.What.StartsWith("row ", StringComparison.Ordinal) && !f.Fragment.What.StartsWith("row 1 of", StringComparison.Ordinal));
                Assert.That(bodyRows, Is.Zero.Or.GreaterThanOrEqualTo(2), $"after {before} lines, page {page.Number}");
            }
        }
    }

    [Test]
    public void Only_the_table_column_wider_than_its_fair_share_wraps()
    {
        // Every character is 5.25pt wide: the three columns need about 513pt on one line each, the text column is 467pt.
        // Narrowing every column in proportion to what it could give up would wrap the shape too; only the description wraps.
        var table = MarkdownToDocument.Convert(
            "| layer | what it does | output shape |\n| --- | --- | --- |\n" +
            "| conv1 | a 3 × 3 convolution with 64 filters over the image, stride 1, same padding | [224, 224, 64] |\n" +
            "| fc | fully connected | [1000] |\n").Blocks.Single();
        var rows = Layout.Layout(new Document([table], []), PageFrame.None).Pages[0].Content;
        var conv = rows.Single(f => f.Fragment.What.StartsWith("row 2 of", StringComparison.Ordinal)).Fragment;
        int Lines(int cell)
        {
            var span = conv.Spans[cell];
            return conv.Ops.Skip(span.Start).Take(span.Count).OfType<TextOp>().Select(t => t.Baseline).Distinct().Count();
        }
        Assert.That((Lines(0), Lines(1), Lines(2)), Is.EqualTo((1, 2, 1)));
    }

    [Test]
    public void A_table_has_booktabs_rules_and_no_vertical_ones()
    {
        var rows = Layout.Layout(new Document([LongTable(3)], []), PageFrame.None).Pages[0].Content;
        var rules = rows.SelectMany(f => f.Fragment.Ops.OfType<LineOp>().Select(l => (f.Fragment.What, Line: l))).ToList();
        Assert.That(rules.All(r => r.Line.From.Y == r.Line.To.Y), Is.True, "every rule is horizontal");
        Assert.That(rules.Select(r => (r.What[..5], r.Line.Thickness)), Is.EqualTo(new[] { ("row 1", 0.8), ("row 1", 0.5), ("row 4", 0.8) }), "top, header and bottom rules");
    }

    [Test]
    public void The_paragraph_introducing_a_table_is_never_left_at_the_foot_of_the_page_before_it()
    {
        var table = MarkdownToDocument.Convert("| layer | output |\n| --- | --- |\n| Conv | [4, 5, 5] |\n| Pool | [4, 2, 2] |\n").Blocks.Single();
        // However much text comes first, the introduction shares a page with the table's first rows.
        for (var lines = 20; lines <= 70; lines++)
        {
            var filler = Enumerable.Range(0, lines).Select(i => (Block)Paragraph.Of(new TextRun($"Line {i}."))).ToList();
            var pages = Layout.Layout(new Document([.. filler, Paragraph.Of(new TextRun("The shapes, layer by layer:")), table], []), PageFrame.None).Pages;
            var withTable = pages.Single(p => p.Content.Any(f => f.Fragment.What.StartsWith("row 1 of", StringComparison.Ordinal)));
            Assert.That(withTable.Content.Select(f => f.Fragment.What), Has.Some.Contains("The shapes, layer by layer:"), $"after {lines} lines");
        }
    }
}
