using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Measures text as it will be set in the PDF: the sum of the glyphs' advance widths from the
/// font files' own tables (PDF has no kerning unless asked, and none is asked). Pure lookups in
/// immutable tables, so one shared instance serves every thread without locks.
/// </summary>
public sealed class PdfTextMeasurer : ITextMeasurer
{
    public static PdfTextMeasurer Instance { get; } = new();

    private readonly TrueTypeFont[] _fonts = [.. Enum.GetValues<FontFace>().Select(DejaVuFonts.Font)];

    private PdfTextMeasurer()
    {
    }

    public double Width(ReadOnlySpan<char> text, TextFont font)
    {
        var f = _fonts[(int)font.Face];
        var units = 0L;
        foreach (var c in text) units += f.Advance(f.GlyphIndex(c));
        return units * font.Size / f.UnitsPerEm;
    }

    /// <summary>The fonts' tables never change while the process runs.</summary>
    public bool IsStable => true;

    public FontMetrics Metrics(FontFace face)
    {
        var f = _fonts[(int)face];
        return new FontMetrics((double)f.Ascent / f.UnitsPerEm, Math.Abs((double)f.Descent) / f.UnitsPerEm);
    }
}
