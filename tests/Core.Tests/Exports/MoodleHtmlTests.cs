using DeepExam.Documents;
using DeepExam.Exports;
using DeepExam.Exports.Moodle;
using DeepExam.Pdf;

namespace DeepExam.Tests.Exports;

/// <summary>An LMS text field has none of our styles, so its lists are the browser's own, each marker drawn once.</summary>
public class MoodleHtmlTests
{
    private static string Html(string markdown) =>
        new MoodleHtml(ExportMath.Tex, PdfTextMeasurer.Instance).Begin().Blocks(MarkdownToDocument.Convert(markdown).Blocks).Build().Html;

    [Test]
    public void A_bullet_list_is_a_plain_list_without_our_marker() =>
        Assert.That(Html("- one\n- two\n"), Is.EqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"));

    [Test]
    public void A_numbered_list_is_an_ordered_list() =>
        Assert.That(Html("1. first\n2. second\n"), Is.EqualTo("<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n"));

    [Test]
    public void A_list_numbered_with_parentheses_keeps_its_markers_and_switches_the_browsers_off() =>
        Assert.That(Html("1) first\n2) second\n"), Is.EqualTo("<ul style=\"list-style-type:none\">\n<li>1) first</li>\n<li>2) second</li>\n</ul>\n"));

    [Test]
    public void An_item_of_two_paragraphs_runs_its_first_on_from_the_marker() =>
        Assert.That(Html("- one\n\n  more\n- two\n"), Is.EqualTo("<ul>\n<li>one\n<p>more</p>\n</li>\n<li>two</li>\n</ul>\n"));
}
