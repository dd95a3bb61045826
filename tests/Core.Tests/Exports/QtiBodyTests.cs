using System.Xml.Linq;
using DeepExam.Documents;
using DeepExam.Exports.Qti;
using DeepExam.Pdf;

namespace DeepExam.Tests.Exports;

/// <summary>
/// A QTI player draws a list's markers itself, so each marker shows once: ours only where it has none. Formulas stay
/// within the MathML 2 that QTI 2.1's schema embeds.
/// </summary>
public class QtiBodyTests
{
    private static XElement List(string markdown)
    {
        var figures = new QtiFigureFiles(Path.GetTempPath(), "unused");
        return new QtiBody(PdfTextMeasurer.Instance).Block(MarkdownToDocument.Convert(markdown).Blocks.Single(), figures);
    }

    private static string Shape(XElement list) =>
        $"{list.Name.LocalName}: " + string.Join(" | ", list.Elements().Select(li =>
            string.Join(" ", li.Elements().Select(e => $"{e.Name.LocalName}[{e.Value.Trim()}]"))));

    [Test]
    public void A_numbered_list_is_an_ordered_list_without_our_numbers() =>
        Assert.That(Shape(List("1. first\n2. second\n")), Is.EqualTo("ol: p[first] | p[second]"));

    [Test]
    public void A_bullet_list_is_an_unordered_list_without_our_bullets() =>
        Assert.That(Shape(List("- one\n- two\n")), Is.EqualTo("ul: p[one] | p[two]"));

    [Test]
    public void A_list_numbered_with_parentheses_keeps_its_own_markers() =>
        Assert.That(Shape(List("1) first\n2) second\n")), Is.EqualTo("ul: span[1)] p[first] | span[2)] p[second]"));

    [Test]
    public void List_elements_are_in_the_QTI_namespace() =>
        Assert.That(List("1. first\n").Name.NamespaceName, Is.EqualTo("http://www.imsglobal.org/xsd/imsqti_v2p1"));

    [Test]
    public void A_prime_over_a_subscript_is_set_without_the_vertical_shift_MathML_2_lacks()
    {
        var math = QtiBody.Math(DeepExam.Documents.Math.TexParser.Parse("y'_1").Root, display: false);
        Assert.That(math.Descendants().Where(e => e.Attribute("voffset") is not null), Is.Empty);
        var scripts = math.Descendants(QtiNames.MathML + "msubsup").Single();
        Assert.That(scripts.Elements().Select(e => $"{e.Name.LocalName}[{e.Value}]"), Is.EqualTo(new[] { "mi[y]", "mn[1]", "mrow[′]" }));
    }
}
