using System.Collections.Immutable;
using System.Text;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Layout;
using DeepExam.Layout.Figures;

namespace DeepExam.Html;

/// <summary>
/// Writes the blocks of a document as semantic HTML: paragraphs, headings, lists and tables as themselves,
/// math as MathML Core, figures as inline SVG drawn by the same figure layout as the PDF. Pagination hints
/// (keep-together) become CSS that print honours; nothing here knows which sheet it writes.
/// </summary>
/// <param name="answers">Writes what a page puts where a part's answer belongs (an answer form's inputs); by default the empty box.</param>
public sealed class HtmlBodyWriter(ITextMeasurer measurer, LayoutStyle style, double figureWidth, IAnswerBoxHtml? answers = null)
{
    private readonly FigureLayout _figures = new(measurer, style);

    /// <summary>
    /// Writes for a page that has none of our styles (an LMS's text field): lists as plain <c>ul</c> and <c>ol</c>,
    /// whose markers the browser draws, instead of our own markers beside a marker-less list.
    /// </summary>
    public bool WithoutStylesheet { get; init; }

    public void Blocks(StringBuilder html, ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks) Block(html, block);
    }

    public void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>");
                Inlines(html, p.Inlines);
                html.Append("</p>\n");
                break;
            case Heading h:
                var level = Math.Clamp(h.Level, 1, 6);
                html.Append("<h").Append(level).Append('>');
                Inlines(html, h.Inlines);
                if (h.Note.Length > 0) html.Append(" <span class=\"note\">").AppendText(h.Note).Append("</span>");
                html.Append("</h").Append(level).Append(">\n");
                break;
            case DisplayMath d:
                MathMLWriter.Write(html, d.Math, display: true);
                html.Append('\n');
                break;
            case CodeBlock c:
                html.Append("<pre><code>").AppendText(c.Text).Append("</code></pre>\n");
                break;
            case ListBlock list when WithoutStylesheet:
                UnstyledList(html, list);
                break;
            case ListBlock list:
                html.Append("<ul class=\"marked\">\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li><span class=\"marker\">").AppendText(item.Marker).Append("</span><div>");
                    Blocks(html, item.Blocks);
                    html.Append("</div></li>\n");
                }
                html.Append("</ul>\n");
                break;
            case Rule:
                html.Append("<hr>\n");
                break;
            case Section s:
                html.Append("<section class=\"").AppendText(CssName(s.Name)).Append("\">\n");
                Blocks(html, s.Blocks);
                html.Append("</section>\n");
                break;
            case LabeledBlock l:
                html.Append("<div class=\"labeled\"><div class=\"label\">").AppendText(l.Label);
                if (l.Note.Length > 0) html.Append(" <span class=\"note\">").AppendText(l.Note).Append("</span>");
                html.Append("</div><div class=\"body\">\n");
                Blocks(html, l.Blocks);
                html.Append("</div></div>\n");
                break;
            case KeepTogether k:
                html.Append("<div class=\"keep\">\n");
                Blocks(html, k.Blocks);
                html.Append("</div>\n");
                break;
            case Table t:
                Table(html, t);
                break;
            case AnswerBox box when answers is not null && answers.Write(html, box):
                break;
            case AnswerBox box:
                html.Append("<div class=\"answer-box\" role=\"group\" aria-label=\"").AppendText(box.Label).Append("\">");
                if (box.Hint.Length > 0) html.Append("<p class=\"hint\">").AppendText(box.Hint).Append("</p>");
                if (box.Content.IsEmpty)
                    html.Append("<div class=\"space\" style=\"min-height:").Append(box.Lines * 1.6m).Append("em\"></div>");
                else
                    Blocks(html, box.Content);
                html.Append("</div>\n");
                break;
            case Figure f:
                Figure(html, f);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no HTML for this block");
        }
    }

    public static void Inlines(StringBuilder html, ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var (open, close) = Tags(run.Style);
                    html.Append(open).AppendText(run.Text).Append(close);
                    break;
                case MathRun math:
                    MathMLWriter.Write(html, math.Math, display: false);
                    break;
                case LineBreak:
                    html.Append("<br>");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(inlines), inline.GetType().Name, "no HTML for this inline");
            }
        }
    }

    private static (string Open, string Close) Tags(TextStyle style)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        foreach (var (flag, tag) in (ReadOnlySpan<(TextStyle, string)>)[(TextStyle.Strong, "strong"), (TextStyle.Emphasis, "em"), (TextStyle.Code, "code")])
        {
            if (!style.HasFlag(flag)) continue;
            open.Append('<').Append(tag).Append('>');
            close.Insert(0, "</" + tag + ">");
        }
        return (open.ToString(), close.ToString());
    }

    private static void Table(StringBuilder html, Table table)
    {
        html.Append("<table>\n");
        var header = table.Rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            html.Append("<thead>\n");
            foreach (var row in header) Row(html, table, row, "th");
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in table.Rows.Skip(header.Count)) Row(html, table, row, row.IsHeader ? "th" : "td");
        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, Table table, TableRow row, string cell)
    {
        html.Append("<tr>");
        for (var c = 0; c < row.Cells.Length; c++)
        {
            html.Append('<').Append(cell);
            if (cell == "th") html.Append(" scope=\"col\"");
            var alignment = c < table.Alignments.Length ? table.Alignments[c] : ColumnAlignment.Left;
            if (alignment != ColumnAlignment.Left) html.Append(" class=\"").Append(alignment == ColumnAlignment.Right ? "right" : "center").Append('"');
            html.Append('>');
            Inlines(html, row.Cells[c]);
            html.Append("</").Append(cell).Append('>');
        }
        html.Append("</tr>\n");
    }

    private void Figure(StringBuilder html, Figure figure)
    {
        if (!figure.IsValid)
        {
            // Validate reports a bad figure; a sheet still shows where it was rather than dropping it.
            html.Append("<p class=\"error\">").AppendText(figure.ToString()).Append("</p>\n");
            return;
        }
        var fragment = _figures.Layout(figure, figureWidth);
        html.Append("<figure>").Append(SvgCanvas.Draw(fragment, measurer, FigureDescription.Of(figure), inHtml: true)).Append("</figure>\n");
    }

    private static string CssName(string name)
    {
        var css = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant()) css.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return css.ToString();
    }

    // A bullet list is a ul and a list numbered 1., 2., … an ol, so the browser's marker is the only one; other
    // markers ((a), A) are written at the start of their item with the browser's marker off. An item's first
    // paragraph runs on from its marker.
    private void UnstyledList(StringBuilder html, ListBlock list)
    {
        var marking = ListMarkings.Of(list);
        var bullets = marking == ListMarking.Bullets;
        var numbered = marking == ListMarking.Numbered;
        html.Append(bullets ? "<ul>\n" : numbered ? "<ol>\n" : "<ul style=\"list-style-type:none\">\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            if (!bullets && !numbered) html.AppendText(item.Marker).Append(' ');
            var rest = item.Blocks;
            if (rest is [Paragraph first, ..])
            {
                Inlines(html, first.Inlines);
                rest = rest[1..];
                if (rest.Length > 0) html.Append('\n');
            }
            Blocks(html, rest);
            html.Append("</li>\n");
        }
        html.Append(numbered ? "</ol>\n" : "</ul>\n");
    }
}
