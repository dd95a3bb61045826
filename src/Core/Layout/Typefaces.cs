namespace DeepExam.Layout;

/// <summary>
/// The family and style of each <see cref="FontFace"/>: every backend sets the same faces, the PDF from the
/// DejaVu files, a web page by asking the browser for the same families.
/// </summary>
public static class Typefaces
{
    public const string Serif = "DejaVu Serif";
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    public static (string Family, bool Bold, bool Italic) Of(FontFace face) => face switch
    {
        FontFace.Serif => (Serif, false, false),
        FontFace.SerifItalic => (Serif, false, true),
        FontFace.SerifBold => (Serif, true, false),
        FontFace.SerifBoldItalic => (Serif, true, true),
        FontFace.Sans => (Sans, false, false),
        FontFace.SansBold => (Sans, true, false),
        FontFace.SansOblique => (Sans, false, true),
        FontFace.Mono => (Mono, false, false),
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, null),
    };
}
