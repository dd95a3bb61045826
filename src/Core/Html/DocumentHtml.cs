using System.Text;
using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Html;

/// <summary>
/// The HTML backend's entry: a composed document as one standalone page. The running heads, which the PDF
/// repeats on every page, are said once under the title (a page that scrolls has no page tops). Figures are
/// laid out with <paramref name="measurer"/>, the same metrics as the PDF's, so both show the same drawing.
/// </summary>
public static class DocumentHtml
{
    public static string Write(ComposedDocument document, ITextMeasurer measurer, string language = "en")
    {
        var body = new StringBuilder(16 * 1024);
        Body(body, document, measurer);
        return HtmlPage.Write(document.Info.Title, language, body.ToString());
    }

    /// <summary>
    /// The document's body: its title, whom it is for, <paramref name="afterHeads"/> (HTML, as it is) and the rest;
    /// <paramref name="answers"/> writes what goes where each answer belongs (an answer form's inputs).
    /// </summary>
    public static void Body(StringBuilder body, ComposedDocument document, ITextMeasurer measurer, IAnswerBoxHtml? answers = null, string afterHeads = "")
    {
        var writer = new HtmlBodyWriter(measurer, LayoutStyle.Default, PageSetup.A4.ContentWidth, answers);
        var blocks = document.Body.Blocks;
        // The title first, then whom the page is for.
        var title = blocks.FirstOrDefault() is Heading { Level: 1 } ? 1 : 0;
        writer.Blocks(body, blocks[..title]);
        var heads = document.Heads;
        var said = new[] { heads.Reader, heads.Reference }.Where(s => s.Length > 0).ToList();
        if (said.Count > 0) body.Append("<p class=\"heads\">").AppendText(string.Join(" · ", said)).Append("</p>\n");
        body.Append(afterHeads);
        writer.Blocks(body, blocks[title..]);
    }

    /// <summary>The page as UTF-8 bytes without a byte-order mark, as browsers and validators expect.</summary>
    public static byte[] Bytes(ComposedDocument document, ITextMeasurer measurer, string language = "en") =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Write(document, measurer, language));
}
