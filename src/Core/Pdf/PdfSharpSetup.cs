using PdfSharp;
using PdfSharp.Fonts;

namespace DeepExam.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, made once: the AGPL license (this project is AGPL) and the
/// font resolver. These are globals in PDFsharp itself; the static constructor runs exactly once,
/// thread-safely, before any PDF is written.
/// </summary>
internal static class PdfSharpSetup
{
    static PdfSharpSetup()
    {
        PdfSharpLicense.SetAgplLicense();
        if (GlobalFontSettings.FontResolver is not DejaVuFontResolver)
            GlobalFontSettings.FontResolver = new DejaVuFontResolver();
    }

    /// <summary>Does nothing but makes sure the static constructor has run.</summary>
    public static void EnsureInitialized()
    {
    }
}
