namespace DeepExam.Tests.Html;

/// <summary>
/// The elements and attributes of MathML Core (W3C, 2023), the subset browsers implement natively. Written
/// from the specification's element index; anything outside it (mfenced, menclose, columnalign) is refused.
/// </summary>
public static class MathMLCore
{
    public static readonly string[] Elements =
    [
        "math", "merror", "mfrac", "mi", "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom", "mprescripts",
        "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
        "munder", "munderover", "semantics", "annotation", "annotation-xml",
    ];

    public static readonly string[] Attributes =
    [
        // Global attributes of MathML Core elements.
        "class", "dir", "displaystyle", "id", "mathbackground", "mathcolor", "mathsize", "scriptlevel", "style", "tabindex", "nonce", "autofocus",
        // Element-specific ones.
        "display", "alttext", "mathvariant", "linethickness", "accent", "accentunder", "form", "fence", "separator", "lspace", "rspace",
        "stretchy", "symmetric", "maxsize", "minsize", "largeop", "movablelimits", "width", "height", "depth", "voffset",
        "columnspan", "rowspan", "encoding",
    ];
}
