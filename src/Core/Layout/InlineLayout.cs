using System.Collections.Immutable;
using System.Text;
using DeepExam.Caching;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout;

/// <summary>
/// Breaks a paragraph's inlines into lines. Words and inline formulas are set one after another;
/// when the next piece no longer fits, the line ends at the best break so far, weighing how full
/// the line is against the break's penalty, as TeX does: a space costs nothing, a hyphen a little,
/// a break before a relation (500) or a binary operator (700) more, and a tie (the space before a
/// number, inside a short bracketed list, before the last term of a formula) so much that it is
/// taken only when every other break would leave the line nearly empty. Only the breaks of the
/// line being filled are weighed, so the work stays linear in the paragraph's length. Each line
/// becomes one <see cref="Fragment"/> whose height grows for tall math. Neighbouring words in one
/// font are drawn as one text op.
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

    /// <param name="Penalty">For a break: what taking it costs, on TeX's scale (0 for a space).</param>
    private readonly record struct Piece(Kind Kind, string? Text, TextFont Font, Color Color, double Width, MathBox? Box, int Penalty = 0);

    /// <summary>TeX's \exhyphenpenalty: a compound breaks at its hyphen almost as readily as at a space.</summary>
    private const int HyphenPenalty = 50;

    /// <summary>TeX's \relpenalty and \binoppenalty: inline math breaks before a relation rather than an operator.</summary>
    private const int RelationPenalty = 500, OperatorPenalty = 700;

    /// <summary>
    /// A break that should not be taken: cheaper only than a line left four fifths empty (badness
    /// 10000·0.8³ ≈ 5100), so a long unbreakable stretch still never runs out of the column.
    /// </summary>
    private const int TiePenalty = 5000;

    /// <summary>A break inside a long bracketed list, after one of its commas: allowed, but worse than a plain space.</summary>
    private const int ListCommaPenalty = 300;

    /// <summary>Bracketed lists up to this many characters (a shape, a pair) are never broken.</summary>
    private const int ShortList = 40;

    /// <summary>How lines are placed in the column.</summary>
    public enum Align
    {
        Left,
        Center,
        Right,
    }

    /// <param name="plain">The font of unstyled text; emphasis, strong and code are derived from it.</param>
    /// <param name="what">Names the paragraph in layout errors.</param>
    public ImmutableArray<Fragment> Lines(ImmutableArray<Inline> inlines, TextFont plain, Color color, double width, string what, Align align = Align.Left) =>
        measurer.IsStable
            ? Laid.Get(new LinesKey(measurer, style, inlines, plain, color, width, what, align), this, static (key, layout) => layout.Break(key.Inlines, key.Plain, key.Color, key.Width, key.What, key.Align))
            : Break(inlines, plain, color, width, what, align);

    /// <summary>
    /// Lines already broken, by what they depend on: the paragraphs every student's sheets share (and the exam
    /// and solution sheets of one student share) are broken once. Lines are immutable, so any document may hold them.
    /// </summary>
    private static readonly SharedMemo<LinesKey, ImmutableArray<Fragment>> Laid = new(4096, 1 << 14, EqualityComparer<LinesKey>.Default);

    private ImmutableArray<Fragment> Break(ImmutableArray<Inline> inlines, TextFont plain, Color color, double width, string what, Align align)
    {
        var pieces = Pieces(inlines, plain, color);
        var lines = ImmutableArray.CreateBuilder<Fragment>();
        var breaks = new List<(int Index, double X, int Penalty)>();
        var i = 0;
        while (i < pieces.Count)
        {
            while (i < pieces.Count && pieces[i].Kind is Kind.Space or Kind.BreakHere) i++;
            if (i >= pieces.Count) break;
            var start = i;
            var x = 0.0;
            breaks.Clear();
            var end = pieces.Count;
            var next = pieces.Count;
            for (var j = start; j < pieces.Count; j++)
            {
                var p = pieces[j];
                if (p.Kind == Kind.HardBreak) { end = j; next = j + 1; break; }
                if (p.Kind is Kind.Space or Kind.BreakHere)
                {
                    breaks.Add((j, x, p.Penalty));
                    x += p.Width;
                    continue;
                }
                if (x + p.Width > width + 0.01)
                {
                    var at = BestBreak(breaks, width);
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

    /// <summary>
    /// The break with the least cost: its penalty plus TeX's badness of the line it ends, 100 times the
    /// cube of the share of the line left empty, scaled so that a plain space leaving a third empty
    /// costs about as much as a break before a relation (10000·(1/3)³ ≈ 370). With spaces alone this is
    /// the last one that fits, as a greedy breaker takes. -1 when the line has no break.
    /// </summary>
    private static int BestBreak(List<(int Index, double X, int Penalty)> breaks, double width)
    {
        var best = -1;
        var bestCost = double.MaxValue;
        foreach (var (index, x, penalty) in breaks)
        {
            if (x <= 0) continue;
            var empty = Math.Max(0, width - x) / width;
            var cost = penalty + 10000 * empty * empty * empty;
            if (cost <= bestCost) { bestCost = cost; best = index; }
        }
        return best;
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
                    if (StartsWithNumber(m.Source)) TieToPrevious(pieces);
                    for (var k = 0; k < chunks.Length; k++)
                    {
                        // The break before the last piece is a tie: the last term of a sum, or "= 5", never stands alone.
                        if (k > 0)
                            pieces.Add(new Piece(Kind.BreakHere, null, plain, color, chunks[k].GapBefore, null,
                                k == chunks.Length - 1 ? TiePenalty : chunks[k].StartsAtRelation ? RelationPenalty : OperatorPenalty));
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
        var spacePenalties = ListSpacePenalties(text);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                var penalty = spacePenalties?[i] ?? 0;
                while (i < text.Length && text[i] == ' ') i++;
                // Consecutive spaces collapse, across runs too.
                if (pieces.Count == 0 || pieces[^1].Kind != Kind.Space)
                    pieces.Add(new Piece(Kind.Space, " ", font, color, measurer.Width(" ", font), null, penalty));
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
            // A number stays with the word before it ("stride 1.", "layer 4"): no line starts with it.
            if (StartsWithNumber(word)) TieToPrevious(pieces);
            pieces.Add(new Piece(Kind.Word, word, font, color, measurer.Width(word, font), null));
            if (i < text.Length && text[i] != ' ') pieces.Add(new Piece(Kind.BreakHere, null, font, color, 0, null, HyphenPenalty));
        }
    }

    private static bool StartsWithNumber(string text)
    {
        var s = text.AsSpan().TrimStart();
        if (s.Length > 1 && s[0] is '-' or '\u2212') s = s[1..];
        return s.Length > 0 && char.IsAsciiDigit(s[0]);
    }

    /// <summary>Makes the space just before the next piece a tie.</summary>
    private static void TieToPrevious(List<Piece> pieces)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == Kind.Space && pieces[^1].Penalty < TiePenalty)
            pieces[^1] = pieces[^1] with { Penalty = TiePenalty };
    }

    /// <summary>
    /// The penalty of each space inside a bracketed list of the text: a list in square brackets, or in
    /// parentheses with a comma (<c>[C, H, W]</c>, <c>(3, 3)</c>). A short list is never broken; a long
    /// one only after a comma of its outermost level. Null when the text has no such list.
    /// </summary>
    private static int[]? ListSpacePenalties(string text)
    {
        if (text.IndexOfAny(['[', '(']) < 0) return null;
        int[]? penalties = null;
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '[' or '(') open.Push(i);
            else if (text[i] is ']' or ')' && open.Count > 0)
            {
                var from = open.Pop();
                if ((text[from] == '[') != (text[i] == ']')) { open.Clear(); continue; }
                var inner = text.AsSpan(from + 1, i - from - 1);
                if (text[from] == '(' && (inner.IndexOf(',') < 0 || inner.Length > ShortList)) continue;
                var isShort = i - from + 1 <= ShortList;
                penalties ??= new int[text.Length];
                var depth = 0;
                for (var k = from + 1; k < i; k++)
                {
                    if (text[k] is '[' or '(') depth++;
                    else if (text[k] is ']' or ')') depth--;
                    else if (text[k] == ' ')
                        penalties[k] = Math.Max(penalties[k], !isShort && depth == 0 && text[k - 1] == ',' ? ListCommaPenalty : TiePenalty);
                }
            }
        }
        return penalties;
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
