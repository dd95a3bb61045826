using System.Collections.Immutable;
using System.Text;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout;

/// <summary>
/// Breaks a paragraph's inlines into lines, greedily: words and inline formulas are set one after
/// another and a line ends at the last space (or, in a formula, after the last relation or binary
/// operator) before the text column is full. Each line becomes one <see cref="Fragment"/> whose
/// height grows for tall math. Neighbouring words in one font are drawn as one text op.
/// </summary>
public sealed class InlineLayout(ITextMeasurer measurer, LayoutStyle style)
{
    private enum Kind : byte
    {
        Word,
        Space,
        Box,
        BreakHere,
        HardBreak,
    }

    /// <param name="Weak">For a break: one to take only when no better one is near (after a binary operator).</param>
    private readonly record struct Piece(Kind Kind, string? Text, TextFont Font, Color Color, double Width, MathBox? Box, bool Weak = false);

    /// <summary>How lines are placed in the column.</summary>
    public enum Align
    {
        Left,
        Center,
        Right,
    }

    /// <param name="plain">The font of unstyled text; emphasis, strong and code are derived from it.</param>
    /// <param name="what">Names the paragraph in layout errors.</param>
    public ImmutableArray<Fragment> Lines(ImmutableArray<Inline> inlines, TextFont plain, Color color, double width, string what, Align align = Align.Left)
    {
        var pieces = Pieces(inlines, plain, color);
        var lines = ImmutableArray.CreateBuilder<Fragment>();
        var i = 0;
        while (i < pieces.Count)
        {
            while (i < pieces.Count && pieces[i].Kind is Kind.Space or Kind.BreakHere) i++;
            if (i >= pieces.Count) break;
            var start = i;
            var x = 0.0;
            int strong = -1, weak = -1;
            var strongX = 0.0;
            var end = pieces.Count;
            var next = pieces.Count;
            for (var j = start; j < pieces.Count; j++)
            {
                var p = pieces[j];
                if (p.Kind == Kind.HardBreak) { end = j; next = j + 1; break; }
                if (p.Kind is Kind.Space or Kind.BreakHere)
                {
                    if (p.Weak) weak = j;
                    else { strong = j; strongX = x; }
                    x += p.Width;
                    continue;
                }
                if (x + p.Width > width + 0.01)
                {
                    // Prefer a space or a break after a relation; break after a binary operator only
                    // when the better break would leave the line less than two thirds full.
                    var at = strong > start && (weak <= strong || strongX >= width * 2 / 3) ? strong : weak > start ? weak : strong;
                    if (at > start) { end = at; next = at + 1; break; }
                    if (j > start) { end = j; next = j; break; }
                    if (p.Kind == Kind.Word && SplitWord(pieces, j, width)) { end = j + 1; next = j + 1; break; }
                    throw new LayoutException($"{Describe(p)} in {what} is {p.Width:0.#}pt wide; the text column is {width:0.#}pt");
                }
                x += p.Width;
            }
            lines.Add(Line(pieces, start, end, plain, width, what, align));
            i = next;
        }
        return lines.ToImmutable();
    }

    /// <summary>The width of the inlines set on one line, without breaking (the widest line when there are hard breaks).</summary>
    public double NaturalWidth(ImmutableArray<Inline> inlines, TextFont plain)
    {
        double widest = 0, x = 0;
        foreach (var p in Pieces(inlines, plain, style.TextColor))
        {
            if (p.Kind == Kind.HardBreak) { widest = Math.Max(widest, x); x = 0; }
            else x += p.Width;
        }
        return Math.Max(widest, x);
    }

    /// <summary>The widest piece that cannot be broken: the least width the inlines need.</summary>
    public double MinimumWidth(ImmutableArray<Inline> inlines, TextFont plain)
    {
        var pieces = Pieces(inlines, plain, style.TextColor);
        double widest = 0, run = 0;
        foreach (var p in pieces)
        {
            if (p.Kind is Kind.Space or Kind.BreakHere or Kind.HardBreak) { widest = Math.Max(widest, run); run = 0; }
            else run += p.Width;
        }
        return Math.Max(widest, run);
    }

    private static string Describe(Piece p) => p.Kind == Kind.Box ? "a formula" : $"the word '{p.Text}'";

    /// <summary>Cuts an overlong word so that its first part fills the line; the rest stays for the next one.</summary>
    private bool SplitWord(List<Piece> pieces, int index, double width)
    {
        var p = pieces[index];
        var text = p.Text!;
        var cut = 0;
        for (var n = 1; n < text.Length; n++)
        {
            if (measurer.Width(text.AsSpan(0, n), p.Font) > width) break;
            cut = n;
        }
        if (cut == 0) return false;
        var head = text[..cut];
        var tail = text[cut..];
        pieces[index] = p with { Text = head, Width = measurer.Width(head, p.Font) };
        pieces.Insert(index + 1, p with { Text = tail, Width = measurer.Width(tail, p.Font) });
        return true;
    }

    private List<Piece> Pieces(ImmutableArray<Inline> inlines, TextFont plain, Color color)
    {
        var pieces = new List<Piece>(inlines.Length * 8);
        MathTypesetter? math = null;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                {
                    var face = LayoutStyle.FaceFor(run.Style, plain.Face);
                    var font = new TextFont(face, face == FontFace.Mono && plain.Face != FontFace.Mono ? plain.Size * 0.92 : plain.Size);
                    AddWords(pieces, run.Text, font, color);
                    break;
                }
                case MathRun m:
                {
                    math ??= new MathTypesetter(measurer, plain.Size);
                    var chunks = math.TypesetBreakable(m.Math, MathStyle.Text);
                    for (var k = 0; k < chunks.Length; k++)
                    {
                        if (k > 0) pieces.Add(new Piece(Kind.BreakHere, null, plain, color, 0, null, Weak: !chunks[k - 1].EndsAtRelation));
                        pieces.Add(new Piece(Kind.Box, m.Source, plain, color, chunks[k].Box.Width, chunks[k].Box));
                    }
                    break;
                }
                case LineBreak:
                    pieces.Add(new Piece(Kind.HardBreak, null, plain, color, 0, null));
                    break;
            }
        }
        return pieces;
    }

    private void AddWords(List<Piece> pieces, string text, TextFont font, Color color)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                while (i < text.Length && text[i] == ' ') i++;
                // Consecutive spaces collapse, across runs too.
                if (pieces.Count == 0 || pieces[^1].Kind != Kind.Space)
                    pieces.Add(new Piece(Kind.Space, " ", font, color, measurer.Width(" ", font), null));
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
                // A hyphen or slash between letters is a place to break a long compound ("patch-wise").
                if (i < text.Length && i - start > 2 && text[i - 1] is '-' or '/' && char.IsLetter(text[i]) && char.IsLetter(text[i - 2])) break;
            }
            var word = text[start..i];
            pieces.Add(new Piece(Kind.Word, word, font, color, measurer.Width(word, font), null));
            if (i < text.Length && text[i] != ' ') pieces.Add(new Piece(Kind.BreakHere, null, font, color, 0, null));
        }
    }

    private Fragment Line(List<Piece> pieces, int start, int end, TextFont plain, double width, string what, Align align)
    {
        // Trailing spaces and break marks carry no ink.
        while (end > start && pieces[end - 1].Kind is Kind.Space or Kind.BreakHere) end--;
        var strutAscent = 0.9 * plain.Size;
        var strutDescent = (style.LineSpacing - 0.9) * plain.Size;
        double ascent = strutAscent, descent = strutDescent, lineWidth = 0;
        for (var k = start; k < end; k++)
        {
            var p = pieces[k];
            lineWidth += p.Width;
            if (p.Box is { } box)
            {
                // Tall formulas push the neighbouring lines apart, keeping a small gap.
                ascent = Math.Max(ascent, box.Ascent + 0.15 * plain.Size);
                descent = Math.Max(descent, box.Descent + 0.15 * plain.Size);
            }
        }
        var x = align switch
        {
            Align.Center => (width - lineWidth) / 2,
            Align.Right => width - lineWidth,
            _ => 0,
        };
        var ops = new List<DrawOp>();
        var text = new StringBuilder();
        var runX = x;
        var runWidth = 0.0;
        TextFont? runFont = null;
        Color runColor = default;
        for (var k = start; k < end; k++)
        {
            var p = pieces[k];
            if (p.Kind is Kind.Word or Kind.Space && runFont == p.Font && runColor == p.Color)
            {
                text.Append(p.Text);
                runWidth += p.Width;
                x += p.Width;
                continue;
            }
            FlushRun();
            if (p.Kind is Kind.Word or Kind.Space)
            {
                runFont = p.Font;
                runColor = p.Color;
                runX = x;
                text.Append(p.Text);
                runWidth = p.Width;
            }
            else if (p.Box is { } box)
            {
                box.Flatten(x, ascent, ops);
            }
            x += p.Width;
        }
        FlushRun();
        return new Fragment(width, ascent + descent, ascent, [.. ops], what);

        void FlushRun()
        {
            if (runFont is { } font && text.Length > 0)
            {
                var s = text.ToString();
                // A run never ends in a space (they were trimmed), but one may start a run after a formula.
                ops.Add(new TextOp(runX, ascent, s, font, runColor, runWidth, 0.76 * font.Size, 0.24 * font.Size));
            }
            text.Clear();
            runFont = null;
            runWidth = 0;
        }
    }
}
