using DeepExam.Documents;

namespace DeepExam.Layout;

/// <summary>
/// The typographic choices of the sheets in one place: sizes in points, spacing in ems of the body
/// size. Immutable; <see cref="Default"/> is what the exam and solution sheets use.
/// </summary>
public sealed record LayoutStyle
{
    public static LayoutStyle Default { get; } = new();

    public double BodySize { get; init; } = 10.5;
    /// <summary>Baseline-to-baseline distance of plain text, in ems; lines with tall math grow as needed.</summary>
    public double LineSpacing { get; init; } = 1.32;
    public double ParagraphGap { get; init; } = 0.6;
    public double DisplayGap { get; init; } = 0.45;
    public double TitleSize { get; init; } = 17;
    public double HeadingSize { get; init; } = 12.5;
    public double SubheadingSize { get; init; } = 11;
    public double NoteSize { get; init; } = 8.5;
    public double FurnitureSize { get; init; } = 8;
    /// <summary>
    /// Headings and the small print (points, page furniture, answer-box labels) use faces the body
    /// uses already: every further face is one more font embedded in each of a class's PDFs.
    /// </summary>
    public FontFace HeadingFace { get; init; } = FontFace.SerifBold;
    public FontFace NoteFace { get; init; } = FontFace.Serif;
    public Color TextColor { get; init; } = Color.Black;
    public Color NoteColor { get; init; } = Color.Gray;
    public Color RuleColor { get; init; } = Color.LightGray;

    public double Em => BodySize;

    /// <summary>The face for a run of <paramref name="style"/> in a block whose plain text is <paramref name="plain"/>.</summary>
    public static FontFace FaceFor(TextStyle style, FontFace plain)
    {
        if (style.HasFlag(TextStyle.Code)) return FontFace.Mono;
        var bold = style.HasFlag(TextStyle.Strong);
        var italic = style.HasFlag(TextStyle.Emphasis);
        var sans = plain is FontFace.Sans or FontFace.SansBold or FontFace.SansOblique;
        if (sans) return bold || plain == FontFace.SansBold ? FontFace.SansBold : italic ? FontFace.SansOblique : FontFace.Sans;
        var plainBold = plain is FontFace.SerifBold or FontFace.SerifBoldItalic;
        var plainItalic = plain is FontFace.SerifItalic or FontFace.SerifBoldItalic;
        return (bold || plainBold, italic ^ plainItalic) switch
        {
            (true, true) => FontFace.SerifBoldItalic,
            (true, false) => FontFace.SerifBold,
            (false, true) => FontFace.SerifItalic,
            _ => FontFace.Serif,
        };
    }
}
