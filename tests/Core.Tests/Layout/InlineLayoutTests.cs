using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

public class InlineLayoutTests
{
    private static readonly InlineLayout Inline = new(FixedWidthMeasurer.Instance, LayoutStyle.Default);
    private static readonly TextFont Body = new(FontFace.Serif, 10);

    private static ImmutableArray<Inline> Text(string markdown) => ((Paragraph)MarkdownToDocument.Convert(markdown).Blocks.Single()).Inlines;

    [Test]
    public void Lines_break_at_spaces_and_never_exceed_the_width()
    {
        // Five characters of 5 pt each are 25 pt: three such words and their spaces fit in 90 pt, four do not.
        var lines = Inline.Lines(Text("aaaaa bbbbb ccccc ddddd eeeee fffff"), Body, Color.Black, 90, "a test");
        var texts = lines.Select(l => string.Concat(l.Ops.OfType<TextOp>().Select(t => t.Text))).ToList();
        Assert.That(texts, Is.EqualTo(new[] { "aaaaa bbbbb ccccc", "ddddd eeeee fffff" }));
        Assert.That(lines.SelectMany(l => l.Ops).Select(o => o.Bounds.Right), Is.All.LessThanOrEqualTo(90.01));
    }

    [Test]
    public void Words_of_one_font_are_drawn_as_one_run()
    {
        var line = Inline.Lines(Text("one two *three*"), Body, Color.Black, 500, "a test").Single();
        var runs = line.Ops.OfType<TextOp>().ToList();
        Assert.That(runs.Select(r => r.Text), Is.EqualTo(new[] { "one two ", "three" }));
        Assert.That(runs[1].Font.Face, Is.EqualTo(FontFace.SerifItalic));
        Assert.That(runs[1].X, Is.EqualTo(runs[0].X + runs[0].Width).Within(1e-9));
    }

    [Test]
    public void A_hard_break_starts_a_new_line()
    {
        var lines = Inline.Lines([new TextRun("one"), LineBreak.Instance, new TextRun("two")], Body, Color.Black, 500, "a test");
        Assert.That(lines, Has.Length.EqualTo(2));
    }

    [Test]
    public void A_formula_breaks_after_a_relation_not_inside_a_group()
    {
        // "x = y + z" in a column only wide enough for part of it.
        var markdown = "$aaaa = bbbb + cccc$";
        var whole = Inline.Lines(Text(markdown), Body, Color.Black, 1000, "a test").Single();
        var lines = Inline.Lines(Text(markdown), Body, Color.Black, whole.Ops.Max(o => o.Bounds.Right) * 0.75, "a test");
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0].Ops.OfType<TextOp>().Select(t => t.Text), Does.Contain("="));
        Assert.That(lines[1].Ops.OfType<TextOp>().Select(t => t.Text), Does.Not.Contain("="));
    }

    [Test]
    public void Lines_with_tall_math_grow_and_plain_lines_keep_the_line_spacing()
    {
        var lines = Inline.Lines(Text(@"plain text and then $\frac{\frac{a}{b}}{\frac{c}{d}}$"), Body, Color.Black, 1000, "a test");
        var plain = Inline.Lines(Text("plain text"), Body, Color.Black, 1000, "a test").Single();
        Assert.That(plain.Height, Is.EqualTo(LayoutStyle.Default.LineSpacing * 10).Within(1e-9));
        Assert.That(lines.Single().Height, Is.GreaterThan(plain.Height));
        Assert.That(lines.Single().Ops.Select(o => o.Bounds), Has.All.Matches<Rect>(b => b.Y >= -0.01 && b.Bottom <= lines[0].Height + 0.01));
    }

    [Test]
    public void A_word_longer_than_the_line_is_cut()
    {
        var lines = Inline.Lines(Text("abcdefghijklmnopqrstuvwxyz"), Body, Color.Black, 50, "a test");
        Assert.That(lines.Length, Is.GreaterThan(1));
        Assert.That(lines.SelectMany(l => l.Ops).Select(o => o.Bounds.Right), Is.All.LessThanOrEqualTo(50.01));
    }

    [Test]
    public void A_formula_wider_than_the_line_is_an_error_naming_it()
    {
        var wide = Text(@"$\begin{bmatrix} 1111111111 & 2222222222 & 3333333333 \end{bmatrix}$");
        var error = Assert.Throws<LayoutException>(() => Inline.Lines(wide, Body, Color.Black, 100, "the prompt of part 1.a"));
        Assert.That(error!.Message, Does.Contain("formula").And.Contain("the prompt of part 1.a").And.Contain("100pt"));
    }
}
