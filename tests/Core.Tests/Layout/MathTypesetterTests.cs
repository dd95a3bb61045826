using DeepExam.Documents.Math;
using DeepExam.Layout;
using DeepExam.Layout.Formulas;
using DeepExam.Tests.Documents;

namespace DeepExam.Tests.Layout;

public class MathTypesetterTests
{
    private static readonly MathTypesetter Typesetter = new(FixedWidthMeasurer.Instance, 10);

    private static List<DrawOp> Ops(string tex, MathStyle style = MathStyle.Display)
    {
        var ops = new List<DrawOp>();
        Typesetter.Typeset(TexParser.Parse(tex).Root, style).Flatten(0, 0, ops);
        return ops;
    }

    [Test]
    public void A_fraction_puts_the_numerator_above_the_bar_and_the_denominator_below()
    {
        var ops = Ops(@"\frac{12}{34}");
        var num = ops.OfType<TextOp>().Single(t => t.Text == "12");
        var den = ops.OfType<TextOp>().Single(t => t.Text == "34");
        var bar = ops.OfType<LineOp>().Single();
        Assert.That(num.Bounds.Bottom, Is.LessThan(bar.Bounds.Y));
        Assert.That(den.Bounds.Y, Is.GreaterThan(bar.Bounds.Bottom));
        Assert.That(bar.Bounds.Width, Is.GreaterThanOrEqualTo(num.Width));
        Assert.That(bar.From.Y, Is.EqualTo(-MathTypesetter.AxisHeight * 10).Within(1e-9), "the bar sits on the math axis");
    }

    [Test]
    public void An_inline_fraction_with_exponents_has_full_size_parts_and_a_plain_one_script_size_parts()
    {
        // softmax inline: e and the sum at the text size (10), the exponents at script size, not script-script.
        var softmax = Ops(@"\frac{e^{z_i}}{\sum_j e^{z_j}}", MathStyle.Text).OfType<TextOp>().ToList();
        Assert.That(softmax.Where(t => t.Text == "e").Select(t => t.Font.Size), Is.All.EqualTo(10.0));
        Assert.That(softmax.Where(t => t.Text == "z").Select(t => t.Font.Size), Is.All.EqualTo(7.2).Within(1e-9));
        Assert.That(Ops(@"\frac{9}{16}", MathStyle.Text).OfType<TextOp>().Select(t => t.Font.Size), Is.All.EqualTo(7.2).Within(1e-9));
    }

    [Test]
    public void Brackets_around_a_fraction_grow_to_cover_it_and_the_exponent_rises_with_them()
    {
        var ops = Ops(@"(\frac{7}{2} - 2)^2");
        var fraction = ops.OfType<TextOp>().Where(t => t.Text is "7" or "2" && t.Font.Size == 10).Select(t => t.Bounds).Aggregate(Rect.Union);
        var parens = ops.OfType<CurveOp>().Select(c => c.Bounds).ToList();
        Assert.That(parens, Has.Count.EqualTo(2), "both brackets are drawn to size, not set as glyphs");
        Assert.That(parens, Has.All.Matches<Rect>(b => b.Y <= fraction.Y && b.Bottom >= fraction.Bottom));
        var exponent = ops.OfType<TextOp>().Single(t => t.Text == "2" && t.Font.Size < 10);
        Assert.That(exponent.Bounds.Y, Is.LessThan(parens[1].Y + 0.3 * 10), "the exponent sits at the top of the grown bracket");
        var plain = Ops("(a - 2)^2");
        Assert.That(plain.OfType<CurveOp>(), Is.Empty, "around letters the brackets stay glyphs");
    }

    [TestCase("f", 0.11)]
    [TestCase(@"\sigma", 0.03)]
    [TestCase("x", 0.0)]
    public void An_italic_letter_before_an_opening_bracket_gets_its_italic_correction(string letter, double overhangEm)
    {
        var ops = Ops(letter + "(x)", MathStyle.Text);
        var glyph = ops.OfType<TextOp>().First();
        var bracket = ops.OfType<TextOp>().Single(t => t.Text == "(");
        Assert.That(bracket.X - (glyph.X + glyph.Width), Is.EqualTo(overhangEm * 10).Within(1e-9));
        var beforeLetter = Ops(letter + " x", MathStyle.Text).OfType<TextOp>().ToList();
        Assert.That(beforeLetter[1].X, Is.EqualTo(glyph.Width).Within(1e-9), "before a letter no correction");
    }

    [Test]
    public void A_prime_and_a_subscript_are_set_together_with_the_subscript_under_the_prime()
    {
        var ops = Ops("y'_1", MathStyle.Text).OfType<TextOp>().ToList();
        var (y, prime, one) = (ops.Single(t => t.Text == "y"), ops.Single(t => t.Text == "′"), ops.Single(t => t.Text == "1"));
        Assert.That(one.X, Is.EqualTo(y.Width).Within(1e-9), "the subscript starts where the y ends, under the prime");
        Assert.That(prime.X, Is.EqualTo(y.Width + 0.06 * 10).Within(1e-9), "the prime leans right by the y's italic correction, as TeX's superscripts do");
        Assert.That(one.Baseline, Is.GreaterThan(0), "the subscript is below the baseline");
    }

    [Test]
    public void Matrix_entries_are_right_aligned_in_their_column()
    {
        var ops = Ops(@"\begin{bmatrix} 1 & 22 \\ 333 & 4 \end{bmatrix}");
        var texts = ops.OfType<TextOp>().ToDictionary(t => t.Text);
        Assert.That(texts["1"].Bounds.Right, Is.EqualTo(texts["333"].Bounds.Right).Within(1e-9));
        Assert.That(texts["22"].Bounds.Right, Is.EqualTo(texts["4"].Bounds.Right).Within(1e-9));
    }

    [Test]
    public void Matrix_brackets_cover_all_entries()
    {
        var ops = Ops(@"\begin{bmatrix} \frac{1}{2} & 2 \\ 3 & \frac{7}{4} \end{bmatrix}");
        var entries = ops.OfType<TextOp>().Select(t => t.Bounds).Aggregate(Rect.Union);
        var brackets = ops.OfType<LineOp>().Where(l => l.From.X == l.To.X).Select(l => l.Bounds).ToList();
        Assert.That(brackets, Has.Count.EqualTo(2));
        Assert.That(brackets, Has.All.Matches<Rect>(b => b.Y <= entries.Y && b.Bottom >= entries.Bottom));
        Assert.That(brackets[0].Right, Is.LessThanOrEqualTo(entries.X));
        Assert.That(brackets[1].X, Is.GreaterThanOrEqualTo(entries.Right));
    }

    [Test]
    public void Rows_of_fractions_in_a_matrix_get_more_air_between_them_and_at_the_brackets()
    {
        var ops = Ops(@"\begin{bmatrix} \frac{1}{2} \\ \frac{3}{4} \end{bmatrix}");
        var texts = ops.OfType<TextOp>().ToDictionary(t => t.Text, t => t.Bounds);
        Assert.That(texts["3"].Y - texts["2"].Bottom, Is.EqualTo((0.25 + MathTypesetter.TallRowAir) * 10).Within(1e-9), "the row gap and the air for fractions");
        var bracket = ops.OfType<LineOp>().Where(l => l.From.X == l.To.X).Select(l => l.Bounds).First();
        Assert.That(bracket.Bottom - texts["4"].Bottom, Is.GreaterThanOrEqualTo(MathTypesetter.TallRowAir / 2 * 10 + 1.5), "the last denominator clears the bracket's end");
        Assert.That(texts["1"].Y - bracket.Y, Is.GreaterThanOrEqualTo(MathTypesetter.TallRowAir / 2 * 10 + 1.5), "the first numerator too");
    }

    [Test]
    public void Fractions_in_a_displayed_matrix_are_set_at_full_size()
    {
        var ops = Ops(@"\begin{bmatrix} \frac{1}{2} \end{bmatrix}");
        Assert.That(ops.OfType<TextOp>().Select(t => t.Font.Size), Is.All.EqualTo(10));
        var inline = Ops(@"\frac{1}{2}", MathStyle.Text);
        Assert.That(inline.OfType<TextOp>().Select(t => t.Font.Size), Is.All.LessThan(10), "inline fractions are script size, as in TeX");
    }

    [Test]
    public void A_superscript_is_raised_and_smaller()
    {
        var ops = Ops("x^2", MathStyle.Text);
        var x = ops.OfType<TextOp>().Single(t => t.Text == "x");
        var two = ops.OfType<TextOp>().Single(t => t.Text == "2");
        Assert.That(two.Baseline, Is.LessThan(x.Baseline));
        Assert.That(two.Font.Size, Is.LessThan(x.Font.Size));
        Assert.That(two.X, Is.GreaterThanOrEqualTo(x.X + x.Width));
    }

    [Test]
    public void Relations_get_more_space_than_binary_operators()
    {
        var ops = Ops("a=b+c", MathStyle.Text).OfType<TextOp>().ToList();
        double Gap(int i) => ops[i + 1].X - (ops[i].X + ops[i].Width);
        Assert.That(Gap(0), Is.EqualTo(5.0 / 18 * 10).Within(1e-9));
        Assert.That(Gap(2), Is.EqualTo(4.0 / 18 * 10).Within(1e-9));
    }

    [Test]
    public void A_unary_minus_gets_no_operator_space()
    {
        var ops = Ops("-3", MathStyle.Text).OfType<TextOp>().ToList();
        Assert.That(ops[1].X, Is.EqualTo(ops[0].X + ops[0].Width).Within(1e-9));
    }

    [Test]
    public void Unsupported_commands_are_drawn_as_their_source_in_red()
    {
        var red = Ops(@"a + \foo").OfType<TextOp>().Single(t => t.Text == @"\foo");
        Assert.That(red.Color, Is.EqualTo(Color.Error));
    }

    [Test]
    public void Display_limits_go_above_and_below_a_sum()
    {
        var ops = Ops(@"\sum_{i=1}^{n} x_i");
        var sum = ops.OfType<TextOp>().Single(t => t.Text == "∑");
        var n = ops.OfType<TextOp>().Single(t => t.Text == "n");
        Assert.That(n.Bounds.Bottom, Is.LessThanOrEqualTo(sum.Bounds.Y + 0.01));
        Assert.That(n.Bounds.X, Is.GreaterThan(sum.Bounds.X).And.LessThan(sum.Bounds.Right));
    }

    [Test]
    public void A_formula_breaks_only_before_relations_and_operators()
    {
        var chunks = Typesetter.TypesetBreakable(TexParser.Parse(@"a = \frac{1}{2} + b").Root, MathStyle.Text);
        Assert.That(chunks.Select(c => c.StartsAtRelation), Is.EqualTo(new[] { false, true, false }));
        var whole = Typesetter.Typeset(TexParser.Parse(@"a = \frac{1}{2} + b").Root, MathStyle.Text);
        Assert.That(chunks.Sum(c => c.GapBefore + c.Box.Width), Is.EqualTo(whole.Width).Within(1e-9), "the pieces set side by side with their gaps are the whole formula");
        Assert.That(chunks[1].GapBefore, Is.EqualTo(5.0 / 18 * 10).Within(1e-9), "the thick space before the relation is the gap, not part of a piece");
    }

    [TestCase(@"[C, H, W] = [3, 32, 32]", 2)]
    [TestCase(@"4 \times (3 + 5) - 1", 3)]
    [TestCase(@"\left( a + b \right) \cdot c", 2)]
    [TestCase(@"x := y + z", 3)]
    [TestCase(@"-a + b", 2)]
    public void A_formula_never_breaks_inside_brackets_between_relations_or_after_a_leading_minus(string tex, int pieces)
    {
        var chunks = Typesetter.TypesetBreakable(TexParser.Parse(tex).Root, MathStyle.Text);
        Assert.That(chunks, Has.Length.EqualTo(pieces));
    }

    [Test]
    public void Aligned_relations_line_up_and_keep_their_space()
    {
        var ops = Ops(@"\begin{aligned} a &= bb \\ ccc &= d \end{aligned}").OfType<TextOp>().ToList();
        var equals = ops.Where(t => t.Text == "=").ToList();
        Assert.That(equals[0].X, Is.EqualTo(equals[1].X).Within(1e-9));
        var a = ops.Single(t => t.Text == "a");
        Assert.That(equals[0].X - (a.X + a.Width), Is.EqualTo(5.0 / 18 * 10).Within(1e-9), "a relation after the column break is spaced as one");
    }
}
