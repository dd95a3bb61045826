using System.Collections.Immutable;
using DeepExam.Documents;

namespace DeepExam.Layout;

/// <summary>
/// Lays a <see cref="Document"/> out on pages in two passes: the first measures the blocks and
/// paginates them, which gives the page count; the second adds each page's header and footer, whose
/// "Page X of Y" needs that count. Immutable and thread-safe.
/// </summary>
public sealed class DocumentLayout(ITextMeasurer measurer, LayoutStyle style, PageSetup page)
{
    public DocumentLayout(ITextMeasurer measurer) : this(measurer, LayoutStyle.Default, PageSetup.A4) { }

    public LaidOutDocument Layout(Document document, PageFrame frame)
    {
        var flow = new BlockLayout(measurer, style).Flow(document.Blocks, page.ContentWidth);
        var pages = Paginator.Paginate(flow, page);
        var laidOut = ImmutableArray.CreateBuilder<LaidOutPage>(pages.Length);
        for (var i = 0; i < pages.Length; i++)
            laidOut.Add(new LaidOutPage(i + 1, pages[i], Furniture(frame, i + 1, pages.Length)));
        return new LaidOutDocument(page, laidOut.MoveToImmutable());
    }

    /// <summary>The header and footer of page <paramref name="number"/> of <paramref name="count"/>.</summary>
    public ImmutableArray<PlacedFragment> Furniture(PageFrame frame, int number, int count)
    {
        var font = new TextFont(style.NoteFace, style.FurnitureSize);
        var width = page.ContentWidth;
        var headerBaseline = page.Top - 18;
        var footerBaseline = page.Height - page.Bottom + 26;
        var header = new List<DrawOp>();
        var footer = new List<DrawOp>();
        var ascent = 0.76 * font.Size;
        var descent = 0.24 * font.Size;
        // Both header texts share the width; the left one (exam title) yields when a name is long.
        var right = Fit(frame.HeaderRight, font, width / 2);
        var rightWidth = measurer.Width(right, font);
        var left = Fit(frame.HeaderLeft, font, width - rightWidth - 12);
        if (left.Length > 0) header.Add(new TextOp(0, ascent, left, font, style.NoteColor, measurer.Width(left, font), ascent, descent));
        if (right.Length > 0) header.Add(new TextOp(width - rightWidth, ascent, right, font, style.NoteColor, rightWidth, ascent, descent));
        header.Add(new LineOp(new Point(0, ascent + descent + 3), new Point(width, ascent + descent + 3), 0.5, style.RuleColor));
        var numberText = PageFrame.PageNumber(number, count);
        var numberWidth = measurer.Width(numberText, font);
        var footerLeft = Fit(frame.FooterLeft, font, width - numberWidth - 12);
        if (footerLeft.Length > 0) footer.Add(new TextOp(0, ascent, footerLeft, font, style.NoteColor, measurer.Width(footerLeft, font), ascent, descent));
        footer.Add(new TextOp(width - numberWidth, ascent, numberText, font, style.NoteColor, numberWidth, ascent, descent));
        var height = ascent + descent + 3.5;
        return
        [
            new PlacedFragment(page.Left, headerBaseline - ascent, new Fragment(width, height, ascent, [.. header], "the header") { Role = FragmentRole.Artifact }),
            new PlacedFragment(page.Left, footerBaseline - ascent, new Fragment(width, ascent + descent, ascent, [.. footer], "the footer") { Role = FragmentRole.Artifact }),
        ];
    }

    /// <summary>
    /// The text, shortened with an ellipsis when it is wider than <paramref name="width"/>: at the end of a word
    /// (never "…instruct…"), and within a word only when not even its first word fits.
    /// </summary>
    private string Fit(string text, TextFont font, double width)
    {
        if (measurer.Width(text, font) <= width) return text;
        string Shortened(int cut) => string.Concat(text.AsSpan(0, cut).TrimEnd(" ·—–-,:;"), "…");
        for (var cut = text.LastIndexOf(' '); cut > 0; cut = text.LastIndexOf(' ', cut - 1))
            if (measurer.Width(Shortened(cut), font) <= width) return Shortened(cut);
        var at = text.Length;
        while (at > 0 && measurer.Width(string.Concat(text.AsSpan(0, at), "…"), font) > width) at--;
        return at == 0 ? "" : string.Concat(text.AsSpan(0, at), "…");
    }
}
