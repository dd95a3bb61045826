using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<string, Lazy<(byte[] Deflated, int Length)>> _programs = new(StringComparer.Ordinal);

    public (byte[] Deflated, int Length) Get(string stem, TrueTypeFont font, IReadOnlyCollection<ushort> glyphs)
    {
        var key = stem + ":" + string.Join(",", glyphs);
        if (_programs.TryGetValue(key, out var known)) return known.Value;
        var made = new Lazy<(byte[], int)>(() =>
        {
            var program = FontSubsetter.Subset(font, glyphs);
            return (EmbeddedFont.Deflate(program), program.Length);
        });
        return _programs.Count < Capacity ? _programs.GetOrAdd(key, made).Value : made.Value;
    }
}
