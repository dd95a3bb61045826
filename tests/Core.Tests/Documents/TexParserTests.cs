using DeepExam.Documents.Math;

namespace DeepExam.Tests.Documents;

public class TexParserTests
{
    [TestCase(@"\frac{a}{b}")]
    [TestCase(@"x^2_i + x_{r+i,\,c+j}^{2}")]
    [TestCase(@"\left\lfloor \frac{ 42 - 7 }{ 2 } \right\rfloor + 1 = 18")]
    [TestCase(@"\lceil x \rceil \le \lfloor y \rfloor")]
    [TestCase(@"\begin{bmatrix} 1 & -\frac{3}{2} \\ 3 & 4 \end{bmatrix}")]
    [TestCase(@"\begin{pmatrix} a \\ b \\ c \end{pmatrix}")]
    [TestCase(@"f(x) = \begin{cases} x & x > 0 \\ \alpha x & \text{otherwise} \end{cases}")]
    [TestCase(@"\begin{aligned} a &= b + c \\ &= d \end{aligned}")]
    [TestCase(@"v \in \mathbb{R}^{ 64 }")]
    [TestCase(@"\frac{\partial L}{\partial x} = \frac{\partial L}{\partial z} \odot \mathbf{1}[x > 0]")]
    [TestCase(@"\mathrm{ReLU}(x) = \max(0, x)")]
    [TestCase(@"\operatorname{softmax}(z)_i")]
    [TestCase(@"\mathcal{L} = \frac{1}{2} \sum_j (y_j - t_j)^2 + \prod_i w_i")]
    [TestCase(@"A \leftarrow A - \eta \cdot \nabla_A \mathcal{L}")]
    [TestCase(@"a \times b \cdot c \ne d \approx e \ge f")]
    [TestCase(@"(y - t)\,X^\top")]
    [TestCase(@"10{,}001{,}000")]
    [TestCase(@"f'(x) = \sqrt{x} + \hat{y} + \bar{x}")]
    [TestCase(@"\alpha \beta \gamma \Gamma \Delta \sigma \theta \lambda \mu \omega")]
    [TestCase(@"\left[ \begin{bmatrix} 1 \end{bmatrix},\; \begin{bmatrix} 2 \end{bmatrix} \right]")]
    public void Supported_TeX_parses_without_problems(string tex)
    {
        var result = TexParser.Parse(tex);
        Assert.That(result.Problems, Is.Empty, string.Join("; ", result.Problems));
        Assert.That(Flatten(result.Root).OfType<MathUnsupported>(), Is.Empty);
    }

    [TestCase("102764544", new[] { "102", "764", "544" })]
    [TestCase("12544", new[] { "12", "544" })]
    [TestCase("100000", new[] { "100", "000" })]
    public void An_integer_of_five_digits_or_more_is_set_in_groups_of_three_with_thin_spaces(string tex, string[] groups)
    {
        var row = (MathRow)Flatten(TexParser.Parse(tex).Root).First(n => n is MathRow { IsGroup: true });
        Assert.That(row.Items.OfType<MathAtom>().Select(a => a.Text), Is.EqualTo(groups));
        Assert.That(row.Items.OfType<MathSpace>().Select(s => s.Em), Is.EqualTo(Enumerable.Repeat(3.0 / 18, groups.Length - 1)));
    }

    [TestCase("4096")]
    [TestCase("3.14159")]
    [TestCase("00123")]
    public void Short_integers_decimals_and_leading_zeros_stay_one_number(string tex) =>
        Assert.That(Flatten(TexParser.Parse(tex).Root).OfType<MathAtom>().Select(a => a.Text), Is.EqualTo(new[] { tex }));

    [TestCase(@"\foo{x} + 1", @"\foo")]
    [TestCase(@"x \boxed{y}", @"\boxed")]
    [TestCase(@"\begin{tabular}{cc} 1 & 2 \end{tabular}", @"\begin{tabular}")]
    [TestCase(@"\left( x", @"\left")]
    [TestCase(@"a } b", "}")]
    [TestCase(@"\frac{1}{2", @"\frac")]
    [TestCase(@"x \right)", @"\right")]
    public void Unsupported_TeX_is_reported_with_its_command(string tex, string command)
    {
        var result = TexParser.Parse(tex);
        Assert.That(result.Problems.Select(p => p.Command), Does.Contain(command));
    }

    [TestCase(@"\fraq{1}{2}", @"\fraq: unsupported command (did you mean \frac?)")]
    [TestCase(@"\lamda", @"\lamda: unsupported command (did you mean \lambda?)")]
    [TestCase(@"\lef( x", @"\lef: unsupported command (did you mean \le, \left or \leq?)")]
    [TestCase(@"\Alpha", @"\Alpha: unsupported command (did you mean \alpha?)")]
    [TestCase(@"\boxed{x}", @"\boxed: unsupported command")]
    [TestCase(@"\begin{bmatrx} 1 \end{bmatrx}", @"\begin{bmatrx}: unsupported environment (did you mean bmatrix?)")]
    [TestCase(@"\not\approx", @"\not: unsupported before \approx: it negates only =, <, >, \in, \le, \leq, \ge, \geq, \subseteq, \sim and \equiv")]
    [TestCase(@"\left\foo x \right)", @"\left\foo: unsupported delimiter")]
    public void An_unsupported_command_is_reported_with_the_nearest_supported_ones(string tex, string problem)
    {
        var result = TexParser.Parse(tex);
        Assert.That(result.Problems.Select(p => (p.ToString(), p.Kind)), Is.EqualTo(new[] { (problem, TexProblemKind.Unsupported) }));
    }

    [TestCase(@"\frac{1}{2", @"\frac: missing closing brace")]
    [TestCase(@"x^2^3", "^: double superscript")]
    [TestCase(@"x \right)", @"\right: \right without its \left")]
    public void Malformed_TeX_is_reported_as_malformed_not_as_unsupported(string tex, string problem)
    {
        var result = TexParser.Parse(tex);
        Assert.That(result.Problems.Select(p => (p.ToString(), p.Kind)), Is.EqualTo(new[] { (problem, TexProblemKind.Malformed) }));
    }

    public static IEnumerable<string> SupportedCommands() => TexParser.SupportedCommands.Order(StringComparer.Ordinal);

    /// <summary>A formula that uses the command as it is meant to be used.</summary>
    internal static string Usage(string command) => command switch
    {
        "begin" or "end" => @"\begin{matrix} a \end{matrix}",
        "left" or "right" => @"\left( a \right)",
        "not" => @"\not= b",
        _ when command.StartsWith("big", StringComparison.Ordinal) || command.StartsWith("Big", StringComparison.Ordinal) => $@"\{command}( a",
        _ => $@"\{command}{{a}}{{b}}",
    };

    [TestCaseSource(nameof(SupportedCommands))]
    public void Every_command_listed_as_supported_is_typeset(string command)
    {
        var tex = Usage(command);
        var result = TexParser.Parse(tex);
        Assert.That(result.Problems, Is.Empty, tex);
        Assert.That(Flatten(result.Root).OfType<MathUnsupported>(), Is.Empty, tex);
    }

    [Test]
    public void An_unknown_command_is_kept_as_a_visible_node_not_dropped()
    {
        var root = TexParser.Parse(@"a + \foo + b").Root;
        Assert.That(Flatten(root).OfType<MathUnsupported>().Select(u => u.Source), Is.EqualTo(new[] { @"\foo" }));
        Assert.That(Flatten(root).OfType<MathAtom>().Select(a => a.Text), Does.Contain("a").And.Contain("b"));
    }

    [Test]
    public void A_fraction_has_its_numerator_and_denominator()
    {
        var fraction = (MathFraction)TexParser.Parse(@"\frac{N - K}{S}").Root;
        Assert.That(Flatten(fraction.Numerator).OfType<MathAtom>().Select(a => a.Text), Is.EqualTo(new[] { "N", "−", "K" }));
        Assert.That(Flatten(fraction.Denominator).OfType<MathAtom>().Single().Text, Is.EqualTo("S"));
    }

    [Test]
    public void A_bmatrix_is_an_array_of_rows_and_cells()
    {
        var matrix = (MathArray)TexParser.Parse(@"\begin{bmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \end{bmatrix}").Root;
        Assert.That(matrix.Kind, Is.EqualTo(MathArrayKind.BMatrix));
        Assert.That(matrix.Rows, Has.Length.EqualTo(2));
        Assert.That(matrix.ColumnCount, Is.EqualTo(3));
        Assert.That(((MathAtom)matrix.Rows[1][2]).Text, Is.EqualTo("6"));
    }

    [Test]
    public void A_trailing_row_break_adds_no_empty_row()
    {
        var matrix = (MathArray)TexParser.Parse(@"\begin{pmatrix} 1 \\ 2 \\ \end{pmatrix}").Root;
        Assert.That(matrix.Rows, Has.Length.EqualTo(2));
    }

    [Test]
    public void Scripts_attach_to_their_base()
    {
        var scripts = (MathScripts)TexParser.Parse("x_i^2").Root;
        Assert.That(((MathAtom)scripts.Base).Text, Is.EqualTo("x"));
        Assert.That(((MathAtom)scripts.Subscript!).Text, Is.EqualTo("i"));
        Assert.That(((MathAtom)scripts.Superscript!).Text, Is.EqualTo("2"));
    }

    [Test]
    public void Letters_are_italic_and_digits_and_names_upright()
    {
        var atoms = Flatten(TexParser.Parse(@"x + 12 + \mathrm{ReLU} + \mathbb{R}").Root).OfType<MathAtom>().ToList();
        Assert.That(atoms.Single(a => a.Text == "x").Variant, Is.EqualTo(MathVariant.Italic));
        Assert.That(atoms.Single(a => a.Text == "12").Variant, Is.EqualTo(MathVariant.Upright));
        Assert.That(atoms.Where(a => a.Text is "R" or "e" or "L" or "U").Select(a => a.Variant), Is.All.EqualTo(MathVariant.Upright));
        Assert.That(atoms.Single(a => a.Text == "ℝ").Variant, Is.EqualTo(MathVariant.Upright));
    }

    [Test]
    public void Minus_binds_as_an_operator_and_braced_comma_as_an_ordinary_atom()
    {
        var atoms = Flatten(TexParser.Parse("a - b").Root).OfType<MathAtom>().ToList();
        Assert.That(atoms[1], Is.EqualTo(new MathAtom("−", MathClass.Bin, MathVariant.Upright)));
        var grouped = (MathRow)TexParser.Parse("10{,}001").Root;
        Assert.That(grouped.Items[1], Is.TypeOf<MathRow>().With.Property(nameof(MathRow.IsGroup)).True);
    }

    [Test]
    public void A_narrow_no_break_space_in_a_number_is_a_thin_space()
    {
        // The text helper group writes 12 544 with U+202F; set in math it must read as \, does, not vanish or end the number.
        var row = (MathRow)TexParser.Parse("12\u202F544").Root;
        Assert.That(row.Items, Is.EqualTo(new MathNode[] { new MathAtom("12", MathClass.Ord, MathVariant.Upright), new MathSpace(3.0 / 18), new MathAtom("544", MathClass.Ord, MathVariant.Upright) }));
    }

    [Test]
    public void Brackets_around_a_fraction_grow_as_left_right_and_keep_their_exponent()
    {
        var root = (MathScripts)TexParser.Parse(@"(\frac{7}{2} - 2)^2").Root;
        var fenced = (MathFenced)root.Base;
        Assert.That((fenced.Left, fenced.Right, fenced.Grown), Is.EqualTo(("(", ")", true)));
        Assert.That(fenced.Body.ToString(), Is.EqualTo("({7})/({2}) − 2"));
        Assert.That(root.Superscript, Is.EqualTo(new MathAtom("2", MathClass.Ord, MathVariant.Upright)));
    }

    [TestCase(@"[\frac{1}{2}, 3]", "[", "]")]
    [TestCase(@"\sigma'(-\frac{1}{2})", "(", ")")]
    public void Square_and_round_brackets_around_a_fraction_grow(string tex, string left, string right)
    {
        var fenced = Flatten(TexParser.Parse(tex).Root).OfType<MathFenced>().Single();
        Assert.That((fenced.Left, fenced.Right, fenced.Grown), Is.EqualTo((left, right, true)));
    }

    [Test]
    public void Nested_brackets_grow_from_the_inside_out()
    {
        var fenced = Flatten(TexParser.Parse(@"((\frac{1}{2})^2 + 1)").Root).OfType<MathFenced>().ToList();
        Assert.That(fenced.Select(f => f.Body.ToString()), Is.EqualTo(new[] { "\\left( ({1})/({2}) \\right)^{2} + 1", "({1})/({2})" }));
    }

    [TestCase(@"(a + b)^2")]
    [TestCase(@"[0, \frac{1}{2})")]
    [TestCase(@"(x)^{\frac{1}{2}}")]
    [TestCase(@"\frac{1}{2}(a + b)")]
    public void Brackets_around_nothing_taller_than_a_letter_or_mismatched_stay_plain(string tex) =>
        Assert.That(Flatten(TexParser.Parse(tex).Root).OfType<MathFenced>(), Is.Empty);

    internal static IEnumerable<MathNode> Flatten(MathNode node)
    {
        yield return node;
        IEnumerable<MathNode> children = node switch
        {
            MathRow r => r.Items,
            MathFraction f => [f.Numerator, f.Denominator],
            MathScripts s => new[] { s.Base, s.Superscript, s.Subscript }.OfType<MathNode>(),
            MathFenced f => [f.Body],
            MathArray a => a.Rows.SelectMany(r => r),
            MathAccent a => [a.Base],
            MathRadical r => new[] { r.Body, r.Index }.OfType<MathNode>(),
            MathStyled s => [s.Body],
            MathUnderOver u => new[] { u.Base, u.Over, u.Under }.OfType<MathNode>(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var n in Flatten(child)) yield return n;
    }
}
