using System.Collections.Immutable;
using System.Xml.Linq;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Html;
using DeepExam.Layout;
using DeepExam.Layout.Figures;
using static DeepExam.Exports.Qti.QtiNames;

namespace DeepExam.Exports.Qti;

/// <summary>
/// Document blocks as the XHTML subset QTI 2.1 allows in an item body, a choice and a modal feedback: paragraphs, headings,
/// lists, tables and code as themselves, sections and labelled blocks as <c>div</c>s with a class (QTI has no <c>section</c>),
/// math as MathML in its own namespace (written by the HTML backend's <see cref="MathMLWriter"/>, which emits well-formed
/// MathML), and each figure as an SVG file of the package shown with <c>&lt;img&gt;</c> and its description as alternative text.
/// One per thread.
/// </summary>
public sealed class QtiBody(ITextMeasurer measurer)
{
    private readonly FigureLayout _figures = new(measurer, LayoutStyle.Default);

    public static XElement Element(string name, params object?[] content) => new(Qti21 + name, content);

    public IEnumerable<XElement> Blocks(ImmutableArray<Block> blocks, QtiFigureFiles figures) => blocks.Select(b => Block(b, figures));

    public XElement Block(Block block, QtiFigureFiles figures) => block switch
    {
        Paragraph p => Element("p", Inlines(p.Inlines)),
        Heading h => Element($"h{System.Math.Clamp(h.Level, 1, 6)}", Inlines(h.Inlines), h.Note.Length > 0 ? new object[] { " ", Element("span", Class("note"), h.Note) } : null),
        DisplayMath d => Element("div", Class("display-math"), Math(d.Math, display: true)),
        // The text straight in the pre: an element there would be indented by the writer, and a pre keeps whitespace.
        CodeBlock c => Element("pre", c.Text),
        ListBlock l => List(l, figures),
        Rule => Element("hr"),
        Section s => Element("div", Class(CssName(s.Name)), Blocks(s.Blocks, figures)),
        LabeledBlock l => Element("div", Class("labeled"),
            Element("div", Class("label"), l.Label, l.Note.Length > 0 ? new object[] { " ", Element("span", Class("note"), l.Note) } : null),
            Element("div", Class("body"), Blocks(l.Blocks, figures))),
        KeepTogether k => Element("div", Class("keep"), Blocks(k.Blocks, figures)),
        Table t => Table(t),
        AnswerBox a => Element("div", Class("answer-box"), a.Hint.Length > 0 ? Element("p", Class("hint"), a.Hint) : null, Blocks(a.Content, figures)),
        Figure { IsValid: true } f => Figure(f, figures),
        // Validate reports a bad figure; a question still shows where it was rather than dropping it.
        Figure f => Element("p", Class("error"), f.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "no QTI for this block"),
    };

    public static IEnumerable<XNode> Inlines(ImmutableArray<Inline> inlines) => inlines.Select(Inline);

    /// <summary>
    /// A formula as an m:math element: the HTML backend's MathML Core, read into the MathML namespace and kept within
    /// MathML 2, which QTI 2.1's schema embeds.
    /// </summary>
    public static XElement Math(Documents.Math.MathNode formula, bool display)
    {
        var markup = MathMLWriter.Write(formula, display);
        var math = XElement.Parse("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"" + markup[5..], LoadOptions.PreserveWhitespace);
        // The declaration goes; the item's root declares the m: prefix once for every formula.
        math.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        // MathML 2 cannot shift a box vertically: an mpadded that only lowers (a prime over a subscript, y′₁) becomes a
        // plain row, and the prime stands where the player sets a superscript.
        foreach (var lowered in math.Descendants(MathML + "mpadded").Where(e => e.Attribute("voffset") is not null).ToList())
            if (lowered.Attributes().Count() == 1) lowered.ReplaceWith(new XElement(MathML + "mrow", lowered.Nodes()));
        return math;
    }

    private static XNode Inline(Inline inline) => inline switch
    {
        TextRun run => Styled(run),
        MathRun math => Math(math.Math, display: false),
        LineBreak => Element("br"),
        _ => throw new ArgumentOutOfRangeException(nameof(inline), inline.GetType().Name, "no QTI for this inline"),
    };

    private static XNode Styled(TextRun run)
    {
        XNode node = new XText(run.Text);
        foreach (var (flag, tag) in (ReadOnlySpan<(TextStyle, string)>)[(TextStyle.Code, "code"), (TextStyle.Emphasis, "em"), (TextStyle.Strong, "strong")])
            if (run.Style.HasFlag(flag)) node = Element(tag, node);
        return node;
    }

    private static XElement Table(Table table)
    {
        var header = table.Rows.TakeWhile(r => r.IsHeader).ToList();
        XElement Row(TableRow row, string cell) => Element("tr", row.Cells.Select((inlines, c) =>
        {
            var alignment = c < table.Alignments.Length ? table.Alignments[c] : ColumnAlignment.Left;
            return Element(cell, alignment == ColumnAlignment.Left ? null : Class(alignment == ColumnAlignment.Right ? "right" : "center"), Inlines(inlines));
        }));
        return Element("table",
            header.Count > 0 ? Element("thead", header.Select(r => Row(r, "th"))) : null,
            Element("tbody", table.Rows.Skip(header.Count).Select(r => Row(r, r.IsHeader ? "th" : "td"))));
    }

    private XElement Figure(Figure figure, QtiFigureFiles figures)
    {
        var fragment = _figures.Layout(figure, PageSetup.A4.ContentWidth);
        var description = FigureDescription.Of(figure);
        var (name, width, height) = figures.Add(fragment, measurer, description);
        return Element("p", Class("figure"), Element("img", new XAttribute("src", name), new XAttribute("alt", description),
            new XAttribute("width", width), new XAttribute("height", height)));
    }

    public static XAttribute Class(string name) => new("class", name);

    // The player draws a ul's bullets and an ol's numbers; QTI's XHTML has no list-style or start attribute, so other
    // markers ((a), A) go in front of their item, in a ul whose bullets the player may still show.
    private XElement List(ListBlock list, QtiFigureFiles figures)
    {
        var marking = ListMarkings.Of(list);
        return Element(marking == ListMarking.Numbered ? "ol" : "ul", list.Items.Select(i => Element("li",
            marking == ListMarking.OwnMarkers ? Element("span", Class("marker"), i.Marker + " ") : null, Blocks(i.Blocks, figures))));
    }

    private static string CssName(string name)
    {
        var css = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant()) css.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return css.ToString();
    }
}
