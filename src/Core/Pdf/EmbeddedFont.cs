using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace DeepExam.Pdf;

/// <summary>
/// Puts one font into a PDF as a composite (Type0, Identity-H) font: the subset program with the map
/// from the font's glyph ids to the subset's, its descriptor, the widths of the glyphs used, and a
/// ToUnicode map so the text can be searched and extracted. The subset tag is a hash of the font and
/// its glyphs, so the same document always gets the same bytes.
/// </summary>
internal static class EmbeddedFont
{
    private static readonly FontPrograms Programs = new();

    /// <returns>The object number of the Type0 font dictionary.</returns>
    public static int Add(PdfFileWriter file, string postScriptName, TrueTypeFont font, DrawnCharacters characters)
    {
        // Glyph → the character it shows (the smallest, when several characters share a glyph). The digits and
        // ASCII punctuation are always included, and in the upright serif face (the prose) the ASCII letters
        // too, so most documents of a class use the same subset of each face and share its program (made once,
        // see FontPrograms); the other faces draw few letters (headings, answers, math), and including all 52
        // would put about 5 KB of unused outlines into each.
        var glyphs = GlyphsOf(font, characters.Ascending().Concat(AlwaysIncluded(postScriptName)));
        var made = Programs.Get(postScriptName, font, glyphs);
        var scale = 1000.0 / font.UnitsPerEm;
        var syntax = new PdfSyntax();

        var program = file.AddStream(syntax.Raw("/Filter/FlateDecode/Length1").Int(made.Length).Written, made.Program);
        syntax.Clear();
        var italic = font.ItalicAngle != 0;
        var (x0, y0, x1, y1) = font.BoundingBox;
        syntax.Raw("<</Type/FontDescriptor/FontName/").Raw(made.Name)
            .Raw("/Flags").Int(32 | (postScriptName.Contains("Serif", StringComparison.Ordinal) ? 2 : 0) | (italic ? 64 : 0))
            .Raw("/FontBBox[").Int((int)(x0 * scale)).Int((int)(y0 * scale)).Int((int)(x1 * scale)).Int((int)(y1 * scale))
            .Raw("]/ItalicAngle").Real(font.ItalicAngle, 2).Raw("/Ascent").Int((int)(font.Ascent * scale)).Raw("/Descent").Int((int)(font.Descent * scale))
            .Raw("/CapHeight").Int((int)(font.CapHeight * scale)).Raw("/StemV 80/FontFile2").Ref(program).Raw(">>");
        var descriptor = file.Add(syntax.Written);

        // The content streams write the font's own glyph ids; the subset numbers its glyphs anew.
        var map = file.AddDeflated(made.Map);
        syntax.Clear();
        syntax.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont/").Raw(made.Name)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor").Ref(descriptor)
            .Raw("/CIDToGIDMap").Ref(map).Raw("/W").Raw(made.Widths).Raw(">>");
        var cidFont = file.Add(syntax.Written);
        var toUnicode = file.AddDeflated(made.ToUnicode);

        syntax.Clear();
        syntax.Raw("<</Type/Font/Subtype/Type0/BaseFont/").Raw(made.Name).Raw("/Encoding/Identity-H/DescendantFonts[").Ref(cidFont)
            .Raw("]/ToUnicode").Ref(toUnicode).Raw(">>");
        return file.Add(syntax.Written);
    }

    private static readonly string Punctuation = string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c)));
    private static readonly string Printable = string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c));

    private static string AlwaysIncluded(string postScriptName) => postScriptName == "DejaVuSerif" ? Printable : Punctuation;

    /// <summary>The glyphs that show the characters, in the order of their ids, each with the smallest character it shows.</summary>
    internal static (ushort Glyph, char Char)[] GlyphsOf(TrueTypeFont font, IEnumerable<char> characters)
    {
        var pairs = new List<(ushort Glyph, char Char)>(256);
        foreach (var c in characters) pairs.Add((font.GlyphIndex(c), c));
        pairs.Sort();
        var kept = 0;
        for (var i = 0; i < pairs.Count; i++)
            if (kept == 0 || pairs[i].Glyph != pairs[kept - 1].Glyph) pairs[kept++] = pairs[i];
        return [.. pairs.Take(kept)];
    }

    internal static byte[] Deflate(byte[] data, CompressionLevel level = CompressionLevel.Fastest) => Deflate(data.AsSpan(), level);

    internal static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        // Deflated into a buffer kept by the thread, and copied out at its final length: one allocation per stream instead of two.
        var output = _deflated ??= new MemoryStream(64 * 1024);
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    [ThreadStatic]
    private static MemoryStream? _deflated;

    /// <summary>
    /// The /W array (ISO 32000, 9.7.4.3) of the glyphs, in thousandths of the em: one run of widths for each run
    /// of consecutive glyph ids, which the fonts' ASCII glyphs mostly are.
    /// </summary>
    internal static byte[] Widths(TrueTypeFont font, IReadOnlyCollection<ushort> glyphs)
    {
        var scale = 1000.0 / font.UnitsPerEm;
        var syntax = new PdfSyntax();
        syntax.Raw("[");
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0) syntax.Raw("]");
                syntax.Int(glyph).Raw("[");
            }
            syntax.Real(font.Advance(glyph) * scale, 2);
            previous = glyph;
        }
        if (previous >= 0) syntax.Raw("]");
        return syntax.Raw("]").ToArray();
    }

    /// <summary>The ToUnicode CMap (9.10.3): ranges where consecutive glyphs show consecutive characters, single mappings elsewhere.</summary>
    internal static string ToUnicodeMap(IReadOnlyList<(ushort Glyph, char Char)> glyphs)
    {
        var ranges = new List<(ushort First, ushort Last, char Char)>();
        foreach (var (glyph, c) in glyphs)
        {
            if (ranges.Count > 0 && ranges[^1] is var (first, last, start) && glyph == last + 1 && c == start + (glyph - first) && (glyph & 0xFF) != 0 && (c & 0xFF) != 0)
                ranges[^1] = (first, glyph, start);
            else ranges.Add((glyph, glyph, c));
        }
        var singles = ranges.Where(r => r.First == r.Last).ToList();
        var runs = ranges.Where(r => r.First != r.Last).ToList();
        var sb = new StringBuilder(256 + glyphs.Count * 16);
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var i = 0; i < singles.Count; i += 100)
        {
            var block = singles.Skip(i).Take(100).ToList();
            sb.Append(block.Count).Append(" beginbfchar\n");
            foreach (var (glyph, _, c) in block) sb.Append('<').Append(Hex4(glyph)).Append("> <").Append(Hex4(c)).Append(">\n");
            sb.Append("endbfchar\n");
        }
        for (var i = 0; i < runs.Count; i += 100)
        {
            var block = runs.Skip(i).Take(100).ToList();
            sb.Append(block.Count).Append(" beginbfrange\n");
            foreach (var (first, last, c) in block) sb.Append('<').Append(Hex4(first)).Append("> <").Append(Hex4(last)).Append("> <").Append(Hex4(c)).Append(">\n");
            sb.Append("endbfrange\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    private static string Hex4(int value) => value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Six capital letters that name this subset (ISO 32000, 9.6.4), from a hash of the font and its glyphs.</summary>
    internal static string Tag(string postScriptName, IEnumerable<ushort> glyphs)
    {
        var bytes = Encoding.UTF8.GetBytes(postScriptName + ":" + string.Join(",", glyphs));
        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, (span, h) =>
        {
            for (var i = 0; i < 6; i++) span[i] = (char)('A' + h[i] % 26);
        });
    }
}
