using System.Xml.Linq;
using DeepExam.Documents;
using DeepExam.Exports.Qti;
using DeepExam.Pdf;

namespace DeepExam.Tests.Exports;

/// <summary>A QTI player draws a list's markers itself, so each marker shows once: ours only where it has none.</summary>
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
}
