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

    /// <summary>What a line shows, its text ops left to right (a formula's atoms run together).</summary>
    private static string LineText(Fragment line) => string.Concat(line.Ops.OfType<TextOp>().OrderBy(t => t.X).Select(t => t.Text));

    private static List<string> LineTexts(string markdown, double width) =>
        [.. Inline.Lines(Text(markdown), Body, Color.Black, width, "a test").Select(LineText)];

    private static double NaturalWidth(string markdown) => Inline.NaturalWidth(Text(markdown), Body);

    [Test]
    public void A_formula_breaks_before_a_relation_and_never_after_one()
    {
        var markdown = "$aaaa = bbbb + cccc$";
        var lines = Inline.Lines(Text(markdown), Body, Color.Black, NaturalWidth(markdown) * 0.75, "a test");
        Assert.That(lines.Select(LineText), Is.EqualTo(new[] { "aaaa", "=bbbb+cccc" }));
        var equals = lines[1].Ops.OfType<TextOp>().Single(t => t.Text == "=");
        Assert.That(equals.X, Is.EqualTo(0).Within(1e-9), "the space before the relation is dropped at the line start");
    }

    [Test]
    public void The_last_term_of_a_sum_never_stands_alone()
    {
        // "aaaa + bbbb" fits, "+ c" would be left alone on the next line: the formula breaks before the first "+" instead.
        var lines = LineTexts("$aaaa + bbbb + c$", NaturalWidth("$aaaa + bbbb$") + 1);
        Assert.That(lines, Is.EqualTo(new[] { "aaaa", "+bbbb+c" }));
    }

    [Test]
    public void A_formula_prefers_a_relation_to_an_operator_and_a_full_line_to_both()
    {
        // Both breaks leave about the same room; the relation costs less.
        var lines = LineTexts("$aaaa + bbb = cccc + dddd$", NaturalWidth("$aaaa + bbb = cccc$") - 1);
        Assert.That(lines[0], Is.EqualTo("aaaa+bbb"));
    }

    [Test]
    public void A_number_stays_with_its_word()
    {
        // 5 pt a character: "aaaaa bbbbb stride" is 90 pt and "1." would start the next line of a greedy breaker.
        Assert.That(LineTexts("aaaaa bbbbb stride 1. next", 100), Is.EqualTo(new[] { "aaaaa bbbbb", "stride 1. next" }));
    }

    [Test]
    public void A_number_as_a_formula_stays_with_its_word()
    {
        var lines = LineTexts("aaaaa bbbbb stride $1$. next", NaturalWidth("aaaaa bbbbb stride") + 2);
        Assert.That(lines, Is.EqualTo(new[] { "aaaaa bbbbb", "stride 1. next" }));
    }

    [Test]
    public void A_short_bracketed_list_is_never_broken()
    {
        Assert.That(LineTexts("answer as [height, width, depth] now", 150), Is.EqualTo(new[] { "answer as", "[height, width, depth] now" }));
        Assert.That(LineTexts("the pair (3, 3) here", 65), Is.EqualTo(new[] { "the pair", "(3, 3) here" }));
    }

    [Test]
    public void A_long_bracketed_list_breaks_only_after_its_commas()
    {
        var lines = LineTexts("[layer 1 in, layer 1 out, layer 4 out, layer 10 in]", 130);
        Assert.That(lines, Is.EqualTo(new[] { "[layer 1 in, layer 1 out,", "layer 4 out, layer 10 in]" }));
    }

    [Test]
    public void Parentheses_around_prose_break_as_usual()
    {
        var lines = LineTexts("see (the figure above for the shapes of each layer) here", 100);
        Assert.That(lines[0], Is.EqualTo("see (the figure"), "a long parenthesis without commas is prose: it breaks at its spaces");
    }

    [Test]
    public void A_tie_gives_way_when_the_line_would_otherwise_stay_almost_empty()
    {
        // The only other break leaves the first line four fifths empty: the number starts the next line.
        Assert.That(LineTexts("ab 1 2 3 4 5 6 7 8 9 10 11 12 13", 100), Has.Count.EqualTo(2));
        Assert.That(LineTexts("ab 1 2 3 4 5 6 7 8 9 10 11 12 13", 100)[0], Does.StartWith("ab 1 2"));
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

    private static List<string> LineTexts(ImmutableArray<Fragment> lines) =>
        [.. lines.Select(l => string.Join("|", l.Ops.Select(o => o.ToString())))];

    [Test]
    public void Lines_met_again_with_a_stable_measurer_are_kept_and_equal_to_lines_broken_anew()
    {
        var measurer = new StableCountingMeasurer();
        var layout = new InlineLayout(measurer, LayoutStyle.Default);
        var text = Text(@"Each output is the mean of one $2 \times 2$ block; the blocks do not overlap.");
        var first = layout.Lines(text, Body, Color.Black, 120, "a test");
        layout.Lines(text, Body, Color.Black, 120, "a test");
        var measured = measurer.Measured;
        // Another paragraph with the same runs, as another student's sheet has it.
        var kept = new InlineLayout(measurer, LayoutStyle.Default).Lines(Text(@"Each output is the mean of one $2 \times 2$ block; the blocks do not overlap."), Body, Color.Black, 120, "a test");
        Assert.That(measurer.Measured, Is.EqualTo(measured), "nothing measured again");
        Assert.That(LineTexts(kept), Is.EqualTo(LineTexts(first)));
        Assert.That(LineTexts(kept), Is.EqualTo(LineTexts(Inline.Lines(text, Body, Color.Black, 120, "a test"))));
    }

    [Test]
    public void Kept_lines_are_not_given_to_another_width_font_or_formula()
    {
        var measurer = new StableCountingMeasurer();
        var layout = new InlineLayout(measurer, LayoutStyle.Default);
        var text = Text("aaaaa bbbbb ccccc ddddd $x + y$");
        var other = Text("aaaaa bbbbb ccccc ddddd $x + yyyyyyyyyyyyyyyyyyyy$");
        for (var i = 0; i < 2; i++) layout.Lines(text, Body, Color.Black, 200, "a test");
        Assert.That(layout.Lines(text, Body, Color.Black, 200, "a test"), Has.Length.EqualTo(1));
        var cases = new (ImmutableArray<Inline> Text, TextFont Font, double Width)[] { (text, Body, 90), (text, Body with { Size = 20 }, 200), (other, Body, 200) };
        foreach (var (inlines, font, width) in cases)
        {
            var lines = layout.Lines(inlines, font, Color.Black, width, "a test");
            Assert.That(lines, Has.Length.GreaterThan(1), $"{font} in {width}pt");
            Assert.That(LineTexts(lines), Is.EqualTo(LineTexts(Inline.Lines(inlines, font, Color.Black, width, "a test"))));
        }
    }
}
