using System.Collections.Immutable;
using DeepExam.Documents;

namespace DeepExam.Layout;

/// <summary>
/// Everything the lines of a paragraph depend on, compared by content: two paragraphs with the same runs,
/// font, colour, column and alignment break into the same lines, whichever documents they come from. A
/// formula is compared by its TeX source, of which its tree is the parse.
/// </summary>
internal readonly struct LinesKey(ITextMeasurer measurer, LayoutStyle style, ImmutableArray<Inline> inlines, TextFont plain, Color color, double width, string what, InlineLayout.Align align)
    : IEquatable<LinesKey>
{
    // Computed once: the memo hashes a key to look it up, and again to remember a first meeting.
    private readonly int _hash = Hash(inlines, plain, color, width, align);

    public ITextMeasurer Measurer => measurer;
    public LayoutStyle Style => style;
    public ImmutableArray<Inline> Inlines => inlines;
    public TextFont Plain => plain;
    public Color Color => color;
    public double Width => width;
    public string What => what;
    public InlineLayout.Align Align => align;

    public bool Equals(LinesKey other)
    {
        if (_hash != other._hash || !ReferenceEquals(measurer, other.Measurer) || plain != other.Plain || color != other.Color || width != other.Width
            || align != other.Align || inlines.Length != other.Inlines.Length || !string.Equals(what, other.What, StringComparison.Ordinal)
            || !style.Equals(other.Style))
            return false;
        for (var i = 0; i < inlines.Length; i++)
            if (!Same(inlines[i], other.Inlines[i])) return false;
        return true;
    }

    private static bool Same(Inline a, Inline b) => (a, b) switch
    {
        (TextRun x, TextRun y) => x.Style == y.Style && string.Equals(x.Text, y.Text, StringComparison.Ordinal),
        (MathRun x, MathRun y) => string.Equals(x.Source, y.Source, StringComparison.Ordinal),
        (LineBreak, LineBreak) => true,
        _ => ReferenceEquals(a, b),
    };

    public override bool Equals(object? obj) => obj is LinesKey other && Equals(other);

    public override int GetHashCode() => _hash;

    private static int Hash(ImmutableArray<Inline> inlines, TextFont plain, Color color, double width, InlineLayout.Align align)
    {
        var hash = new HashCode();
        hash.Add(plain);
        hash.Add(color);
        hash.Add(width);
        hash.Add(align);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t:
                    hash.Add(string.GetHashCode(t.Text, StringComparison.Ordinal));
                    hash.Add(t.Style);
                    break;
                case MathRun m:
                    hash.Add(string.GetHashCode(m.Source, StringComparison.Ordinal));
                    break;
                default:
                    hash.Add(inline.GetType());
                    break;
            }
        }
        return hash.ToHashCode();
    }
}
