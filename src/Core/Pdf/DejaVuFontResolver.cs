using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace DeepExam.Pdf;

/// <summary>
/// PDFsharp's font resolver for the DejaVu families: loads the TTF files (once each) so PDFsharp can
/// measure and embed them. A missing italic or bold face falls back to the regular one with the
/// style simulated; a missing regular face is an error naming the file.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (DejaVuFonts.FileStem(familyName, bold, italic) is null) return null;
        var (stem, simulateBold, simulateItalic) = DejaVuFonts.Resolve(familyName, bold, italic);
        return simulateBold || simulateItalic ? new FontResolverInfo(stem, simulateBold, simulateItalic) : new FontResolverInfo(stem);
    }

    public byte[]? GetFont(string faceName) =>
        _files.GetOrAdd(faceName, name => new Lazy<byte[]>(() => File.ReadAllBytes(DejaVuFonts.PathOf(name)))).Value;
}
