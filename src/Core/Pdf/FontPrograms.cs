using System.Collections.Concurrent;
using System.IO.Compression;

namespace DeepExam.Pdf;

/// <summary>
/// Deflated font subsets by font and glyph set. Subsetting and compressing a font costs more than
/// laying out a whole exam, and the students of a class draw with nearly the same glyphs, so a
/// subset is made once and its (immutable) bytes reused by every document that needs the same one.
/// A memo of a pure function, bounded in size; it never changes what a document contains.
/// </summary>
internal sealed class FontPrograms
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, Lazy<(byte[] Deflated, int Length, byte[] DeflatedMap)>> _programs = new(StringComparer.Ordinal);

    /// <returns>The deflated program, its length before deflating, and the deflated CIDToGIDMap.</returns>
    public (byte[] Deflated, int Length, byte[] DeflatedMap) Get(string stem, TrueTypeFont font, IReadOnlyCollection<ushort> glyphs)
    {
        var key = stem + ":" + string.Join(",", glyphs);
        if (_programs.TryGetValue(key, out var known)) return known.Value;
        // Made once per subset and shared by every document that uses it, so the smallest deflate is worth its time.
        var made = new Lazy<(byte[], int, byte[])>(() =>
        {
            var subset = FontSubsetter.Subset(font, glyphs);
            return (EmbeddedFont.Deflate(subset.Program, CompressionLevel.SmallestSize), subset.Program.Length, EmbeddedFont.Deflate(subset.CidToGidMap(), CompressionLevel.SmallestSize));
        });
        return _programs.Count < Capacity ? _programs.GetOrAdd(key, made).Value : made.Value;
    }
}
