using System.Xml.Linq;
using DeepExam.Documents.Math;
using DeepExam.Html;

namespace DeepExam.Tests.Html;

public class MathMLWriterTests
{
    private static string Inline(string tex) => MathMLWriter.Write(TexParser.Parse(tex).Root, display: false);
    private static string Display(string tex) => MathMLWriter.Write(TexParser.Parse(tex).Root, display: true);

    [Test]
    public void A_superscript_is_msup_of_an_identifier_and_a_number() =>
        Assert.That(Inline("x^2"), Is.EqualTo("<math><msup><mi>x</mi><mn>2</mn></msup></math>"));

    [Test]
    public void A_binary_plus_takes_the_medium_spaces_the_operator_dictionary_gives_it() =>
        Assert.That(Inline("a+b"), Is.EqualTo("<math><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></math>"));

    [Test]
    public void A_relation_takes_the_thick_spaces_the_operator_dictionary_gives_it() =>
        Assert.That(Inline("y=1"), Is.EqualTo("<math><mrow><mi>y</mi><mo>=</mo><mn>1</mn></mrow></math>"));

    [Test]
    public void A_times_sign_spells_out_the_medium_spaces_where_the_dictionary_gives_thin_ones() =>
        Assert.That(Inline(@"a \times b"), Is.EqualTo(
            "<math><mrow><mi>a</mi><mo lspace=\"0.2222em\" rspace=\"0.2222em\">×</mo><mi>b</mi></mrow></math>"));

    [Test]
    public void A_sign_before_a_number_needs_no_attribute() =>
        Assert.That(Inline("-2"), Is.EqualTo("<math><mrow><mo>−</mo><mn>2</mn></mrow></math>"));

    [Test]
    public void An_operator_after_text_spells_out_its_spaces_as_browsers_disagree_on_its_form() =>
        Assert.That(Inline(@"\text{a} = 1"), Does.Contain("<mtext>a</mtext><mo lspace=\"0.2778em\" rspace=\"0.2778em\">=</mo>"));

    [Test]
    public void A_lone_operator_in_a_group_spells_out_its_spaces_as_its_form_is_decided_outside() =>
        Assert.That(Inline("a {+} b"), Does.Contain("<mrow><mo lspace=\"0\" rspace=\"0\">+</mo></mrow>"));

    [Test]
    public void A_unary_minus_after_a_comma_gets_no_binary_space()
    {
        var math = Inline("[-5, -2]");
        Assert.That(math, Does.Contain("<mo lspace=\"0\" rspace=\"0\">−</mo><mn>5</mn>"));
        Assert.That(math, Does.Contain("<mo lspace=\"0\" rspace=\"0\">−</mo><mn>2</mn>"));
        Assert.That(math, Does.Contain("<mn>5</mn><mo>,</mo>"), "the comma's thin space after it is the dictionary's");
    }

    [Test]
    public void A_bracket_outside_left_right_does_not_stretch() =>
        Assert.That(Inline("f(x)"), Does.Contain("<mo stretchy=\"false\">(</mo>"));

    [Test]
    public void Left_and_right_become_stretchy_fences_in_a_row() =>
        Assert.That(Inline(@"\left(\frac{1}{4}\right)^{3}"), Is.EqualTo(
            "<math><msup><mrow><mo>(</mo>" +
            "<mfrac><mn>1</mn><mn>4</mn></mfrac>" +
            "<mo>)</mo></mrow><mn>3</mn></msup></math>"));

    [Test]
    public void Plain_brackets_around_a_fraction_become_stretchy_fences_spaced_as_the_brackets_were() =>
        Assert.That(Inline(@"2(\frac{1}{4})^{3}"), Is.EqualTo(
            "<math><mrow><mn>2</mn><msup><mrow><mo>(</mo>" +
            "<mfrac><mn>1</mn><mn>4</mn></mfrac>" +
            "<mo>)</mo></mrow><mn>3</mn></msup></mrow></math>"));

    [Test]
    public void A_bracketed_matrix_is_a_table_between_fences_with_right_aligned_cells()
    {
        var math = Display(@"\begin{bmatrix} 1 & -2 \\ 30 & 4 \end{bmatrix}");
        Assert.That(math, Does.StartWith("<math display=\"block\"><mrow><mo>[</mo><mtable>"));
        Assert.That(math, Does.Contain("<mtr><mtd class=\"r\"><mn>30</mn></mtd><mtd class=\"r\"><mn>4</mn></mtd></mtr>"));
        Assert.That(math, Does.EndWith("]</mo></mrow></math>"));
    }

    [Test]
    public void Aligned_equations_meet_at_the_relation_and_are_set_in_display_style()
    {
        var math = Display(@"\begin{aligned} y &= 1 + 2 \\ &= 3 \end{aligned}");
        Assert.That(math, Does.Contain("<mtd class=\"ar\"><mstyle displaystyle=\"true\"><mi>y</mi></mstyle></mtd>"));
        // The right side starts after an empty ordinary atom, so its relation keeps TeX's thick space on the left.
        Assert.That(math, Does.Contain("<mtd class=\"al\"><mstyle displaystyle=\"true\"><mrow><mrow></mrow><mo lspace=\"0.2778em\" rspace=\"0.2778em\">=</mo>"));
    }

    [Test]
    public void A_sum_in_display_style_puts_its_limits_under_and_over() =>
        Assert.That(Display(@"\sum_{i=1}^{n} x_i"), Does.StartWith("<math display=\"block\"><mrow><munderover><mo"));

    [Test]
    public void A_sum_inline_takes_side_scripts() =>
        Assert.That(Inline(@"\sum_{i=1}^{n} x_i"), Does.StartWith("<math><mrow><msubsup><mo"));

    [Test]
    public void Bold_letters_are_mathematical_bold_characters_not_a_mathvariant() =>
        Assert.That(Inline(@"\mathbf{W}"), Is.EqualTo("<math><mi>\U0001D416</mi></math>"));

    [Test]
    public void An_upright_single_letter_is_marked_normal() =>
        Assert.That(Inline(@"\mathrm{d}"), Is.EqualTo("<math><mi mathvariant=\"normal\">d</mi></math>"));

    [Test]
    public void A_symbol_a_browser_does_not_italicise_needs_no_mathvariant() =>
        Assert.That(Inline(@"\mathcal{L}"), Is.EqualTo("<math><mi>ℒ</mi></math>"));

    [Test]
    public void A_multi_letter_italic_name_is_written_in_mathematical_italic() =>
        Assert.That(Inline(@"\textit{dh}"), Is.EqualTo("<math><mi>\U0001D451\u210E</mi></math>"));

    [Test]
    public void Text_keeps_its_outer_spaces_as_no_break_spaces() =>
        Assert.That(Inline(@"a \text{ if } b"), Does.Contain("<mtext>\u00A0if\u00A0</mtext>"));

    [Test]
    public void A_binomial_is_a_fraction_without_rule_in_parentheses() =>
        Assert.That(Inline(@"\binom{n}{k}"), Does.Contain("<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"));

    [Test]
    public void Unsupported_tex_is_shown_as_an_error_with_its_source() =>
        Assert.That(Inline(@"\foo"), Does.Contain("<merror><mtext>\\foo</mtext></merror>"));

    [Test]
    public void Markup_characters_in_text_are_escaped() =>
        Assert.That(Inline(@"\text{a<b & c}"), Is.EqualTo("<math><mtext>a&lt;b &amp; c</mtext></math>"));

    [Test]
    public void An_inline_fraction_with_exponents_is_set_as_a_dfrac_as_in_the_pdf()
    {
        Assert.That(Inline(@"\frac{e^{z_i}}{\sum_j e^{z_j}}"), Does.StartWith("<math><mstyle displaystyle=\"true\"><mfrac>"));
        Assert.That(Inline(@"\frac{9}{16}"), Is.EqualTo("<math><mfrac><mn>9</mn><mn>16</mn></mfrac></math>"));
    }

    [Test]
    public void A_prime_follows_its_base_and_with_a_subscript_is_set_over_it_as_in_the_pdf() =>
        Assert.That(Inline("M' + y'_1"), Is.EqualTo(
            "<math><mrow><mrow><mi>M</mi><mo>′</mo></mrow><mo>+</mo>" +
            "<msubsup><mi>y</mi><mn>1</mn><mpadded voffset=\"-0.35em\"><mo lspace=\"0\" rspace=\"0\">′</mo></mpadded></msubsup></mrow></math>"));

    [TestCase(@"x_{r+i-1,\,c+j-1}")]
    [TestCase(@"\frac{\partial L}{\partial W_{ij}} = \sum_{r,c} \frac{\partial L}{\partial o_{rc}}\, x_{r+i-1,\,c+j-1}")]
    [TestCase(@"\sqrt[3]{x} + \sqrt{y^2} + \hat{y} + \bar{x} + \vec{v} + \overline{a+b} + \underline{z}")]
    [TestCase(@"\begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}")]
    [TestCase(@"\begin{array}{lcr} a & b & c \end{array} \quad \left\lfloor \frac{n - k}{s} \right\rfloor + 1")]
    [TestCase(@"\big( x \big) \Bigl[ y \Bigr] \overset{!}{=} \underset{i}{\max} \; \dfrac{1}{2} \tfrac{3}{4} \displaystyle x \! y")]
    [TestCase(@"y'_1 + y''")]
    public void Every_construct_gives_well_formed_MathML_Core(string tex)
    {
        var math = Display(tex);
        var root = XElement.Parse(math);
        var names = root.DescendantsAndSelf().Select(e => e.Name.LocalName).Distinct().ToList();
        Assert.That(names, Is.SubsetOf(MathMLCore.Elements), math);
        var attributes = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).Distinct().ToList();
        Assert.That(attributes, Is.SubsetOf(MathMLCore.Attributes), math);
    }
}
