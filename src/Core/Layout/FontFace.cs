namespace DeepExam.Layout;

/// <summary>
/// The typefaces the layout uses. Body text and math are serif (math letters italic, as in TeX);
/// headings and page furniture sans; code monospaced. The PDF view maps each to a DejaVu file.
/// </summary>
public enum FontFace
{
    Serif,
    SerifItalic,
    SerifBold,
    SerifBoldItalic,
    Sans,
    SansBold,
    SansOblique,
    Mono,
}
