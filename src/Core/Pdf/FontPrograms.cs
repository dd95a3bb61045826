using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace DeepExam.Pdf;

/// <summary>
/// What embedding a font subset writes, by font and by glyphs with the characters they show: the deflated
/// program and CIDToGIDMap, the deflated ToUnicode map, the widths array and the subset's name. Subsetting
/// and compressing a font costs more than laying out a whole exam, and the students of a class draw with
/// nearly the same glyphs, so each is made once and its (immutable) bytes reused by every document that
/// needs the same one. A memo of a pure function, bounded in size; it never changes what a document contains.
/// </summary>
internal sealed class FontPrograms
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, Lazy<FontResources>> _made = new(StringComparer.Ordinal);

    /// <summary>One subset's parts, ready to write.</summary>
    /// <param name="Length">The program's length before deflating (/Length1).</param>
    public sealed record FontResources(string Name, byte[] Program, int Length, byte[] Map, byte[] ToUnicode, byte[] Widths);

    /// <param name="glyphs">The glyphs, in the order of their ids, each with the character it shows.</param>
    public FontResources Get(string stem, TrueTypeFont font, (ushort Glyph, char Char)[] glyphs)
    {
        // The key: the stem, then each glyph and its character as two chars (a stem never holds the separator).
        var text = string.Create(stem.Length + 1 + 2 * glyphs.Length, (stem, glyphs), static (span, state) =>
        {
            state.stem.CopyTo(span);
            span[state.stem.Length] = '\0';
            var at = state.stem.Length + 1;
            foreach (var (glyph, c) in state.glyphs)
            {
                span[at++] = (char)glyph;
                span[at++] = c;
            }
        });
        if (_made.TryGetValue(text, out var known)) return known.Value;
        // Made once per subset and shared by every document that uses it, so the smallest deflate is worth its time.
        var made = new Lazy<FontResources>(() =>
        {
            var ids = glyphs.Select(g => g.Glyph).ToArray();
            var subset = FontSubsetter.Subset(font, ids);
            return new FontResources(
                $"{EmbeddedFont.Tag(stem, ids)}+{stem}",
                EmbeddedFont.Deflate(subset.Program, CompressionLevel.SmallestSize),
                subset.Program.Length,
                EmbeddedFont.Deflate(subset.CidToGidMap(), CompressionLevel.SmallestSize),
                EmbeddedFont.Deflate(Encoding.ASCII.GetBytes(EmbeddedFont.ToUnicodeMap(glyphs)), CompressionLevel.SmallestSize),
                EmbeddedFont.Widths(font, ids));
        });
        return _made.Count < Capacity ? _made.GetOrAdd(text, made).Value : made.Value;
    }
}
