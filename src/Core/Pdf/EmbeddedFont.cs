using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace DeepExam.Pdf;

/// <summary>
/// Puts one font into a PDF as a composite (Type0, Identity-H) font: the subset program with the map
/// from the font's glyph ids to the subset's, its descriptor, the widths of the glyphs used, and a
/// ToUnicode map so the text can be searched and
/// extracted. Built with PDFsharp's object model; the subset tag is a hash of the font and its
/// glyphs, so the same document always gets the same bytes.
/// </summary>
internal static class EmbeddedFont
{
    private static readonly FontPrograms Programs = new();

    /// <returns>The Type0 font dictionary, an indirect object of <paramref name="pdf"/>.</returns>
    public static PdfDictionary Add(PdfDocument pdf, string postScriptName, TrueTypeFont font, IReadOnlyCollection<char> characters)
    {
        // Glyph → the character it shows (the first, when several characters share a glyph). The digits and
        // ASCII punctuation are always included, and in the upright serif face (the prose) the ASCII letters
        // too, so most documents of a class use the same subset of each face and share its program (made once,
        // see FontPrograms); the other faces draw few letters (headings, answers, math), and including all 52
        // would put about 5 KB of unused outlines into each.
        var glyphs = new SortedDictionary<ushort, char>();
        foreach (var c in characters) glyphs.TryAdd(font.GlyphIndex(c), c);
        foreach (var c in AlwaysIncluded(postScriptName)) glyphs.TryAdd(font.GlyphIndex(c), c);
        var name = $"{Tag(postScriptName, glyphs.Keys)}+{postScriptName}";
        var scale = 1000.0 / font.UnitsPerEm;

        var (program, length, cidToGid) = Programs.Get(postScriptName, font, glyphs.Keys);
        var file = Stream(pdf, program);
        file.Elements.SetInteger("/Length1", length);

        var descriptor = Indirect(pdf);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", "/" + name);
        var italic = font.ItalicAngle != 0;
        descriptor.Elements.SetInteger("/Flags", 32 | (postScriptName.Contains("Serif", StringComparison.Ordinal) ? 2 : 0) | (italic ? 64 : 0));
        var (x0, y0, x1, y1) = font.BoundingBox;
        descriptor.Elements["/FontBBox"] = new PdfArray(pdf, new PdfInteger((int)(x0 * scale)), new PdfInteger((int)(y0 * scale)), new PdfInteger((int)(x1 * scale)), new PdfInteger((int)(y1 * scale)));
        descriptor.Elements.SetReal("/ItalicAngle", Math.Round(font.ItalicAngle, 2));
        descriptor.Elements.SetInteger("/Ascent", (int)(font.Ascent * scale));
        descriptor.Elements.SetInteger("/Descent", (int)(font.Descent * scale));
        descriptor.Elements.SetInteger("/CapHeight", (int)(font.CapHeight * scale));
        descriptor.Elements.SetInteger("/StemV", 80);
        descriptor.Elements.SetReference("/FontFile2", file);

        var widths = new PdfArray(pdf);
        foreach (var glyph in glyphs.Keys)
        {
            widths.Elements.Add(new PdfInteger(glyph));
            widths.Elements.Add(new PdfArray(pdf, new PdfReal(Math.Round(font.Advance(glyph) * scale, 2))));
        }
        var systemInfo = new PdfDictionary(pdf);
        systemInfo.Elements.SetString("/Registry", "Adobe");
        systemInfo.Elements.SetString("/Ordering", "Identity");
        systemInfo.Elements.SetInteger("/Supplement", 0);
        var cidFont = Indirect(pdf);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", "/" + name);
        cidFont.Elements["/CIDSystemInfo"] = systemInfo;
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        // The content streams write the font's own glyph ids; the subset numbers its glyphs anew.
        cidFont.Elements.SetReference("/CIDToGIDMap", Stream(pdf, cidToGid));
        cidFont.Elements["/W"] = widths;

        var toUnicode = Stream(pdf, Deflate(Encoding.ASCII.GetBytes(ToUnicodeMap(glyphs))));

        var type0 = Indirect(pdf);
        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", "/" + name);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(pdf, cidFont.Reference!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
        return type0;
    }

    private static readonly string Punctuation = string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c)));
    private static readonly string Printable = string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c));

    private static string AlwaysIncluded(string postScriptName) => postScriptName == "DejaVuSerif" ? Printable : Punctuation;

    private static PdfDictionary Indirect(PdfDocument pdf)
    {
        var dictionary = new PdfDictionary(pdf);
        pdf.Internals.AddObject(dictionary);
        return dictionary;
    }

    /// <summary>A stream object holding already deflated bytes.</summary>
    private static PdfDictionary Stream(PdfDocument pdf, byte[] deflated)
    {
        var dictionary = Indirect(pdf);
        dictionary.CreateStream(deflated);
        dictionary.Elements.SetName("/Filter", "/FlateDecode");
        return dictionary;
    }

    internal static byte[] Deflate(byte[] data, CompressionLevel level = CompressionLevel.Fastest) => Deflate(data.AsSpan(), level);

    internal static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream(data.Length / 2);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static string ToUnicodeMap(SortedDictionary<ushort, char> glyphs)
    {
        var sb = new StringBuilder(256 + glyphs.Count * 16);
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = glyphs.ToList();
        for (var i = 0; i < entries.Count; i += 100)
        {
            var block = entries.Skip(i).Take(100).ToList();
            sb.Append(block.Count).Append(" beginbfchar\n");
            foreach (var (glyph, c) in block) sb.Append('<').Append(glyph.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(">\n");
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    /// <summary>Six capital letters that name this subset (ISO 32000, 9.6.4), from a hash of the font and its glyphs.</summary>
    private static string Tag(string postScriptName, IEnumerable<ushort> glyphs)
    {
        var bytes = Encoding.UTF8.GetBytes(postScriptName + ":" + string.Join(",", glyphs));
        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, (span, h) =>
        {
            for (var i = 0; i < 6; i++) span[i] = (char)('A' + h[i] % 26);
        });
    }
}
