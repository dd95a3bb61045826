using System.Buffers.Binary;

namespace DeepExam.Pdf;

/// <summary>
/// The little of a TrueType file that text layout and content streams need: the character-to-glyph
/// map (cmap, Unicode BMP), advance widths (hmtx) and vertical metrics. The embedded fonts' width arrays
/// come from the same tables, so widths measured here are the widths a PDF viewer applies. Immutable once loaded.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly ushort[] _glyphOfChar;
    private readonly ushort[] _advances;
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    public int UnitsPerEm { get; }
    public int Ascent { get; }
    public int Descent { get; }
    public int GlyphCount { get; }
    /// <summary>The font's bounding box in font units: xMin, yMin, xMax, yMax.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }
    public double ItalicAngle { get; }
    public int CapHeight { get; }

    private TrueTypeFont(byte[] data, Dictionary<string, (int, int)> tables, ushort[] glyphOfChar, ushort[] advances)
    {
        _data = data;
        _tables = tables;
        _glyphOfChar = glyphOfChar;
        _advances = advances;
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = (BinaryPrimitives.ReadInt16BigEndian(head[36..]), BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]), BinaryPrimitives.ReadInt16BigEndian(head[42..]));
        var hhea = Table("hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        ItalicAngle = HasTable("post") ? BinaryPrimitives.ReadInt32BigEndian(Table("post")[4..]) / 65536.0 : 0;
        CapHeight = HasTable("OS/2") && BinaryPrimitives.ReadUInt16BigEndian(Table("OS/2")) >= 2
            ? BinaryPrimitives.ReadInt16BigEndian(Table("OS/2")[88..])
            : (int)(0.73 * UnitsPerEm);
    }

    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    /// <summary>The bytes of a table of the font file.</summary>
    public ReadOnlySpan<byte> Table(string tag) => _tables.TryGetValue(tag, out var t)
        ? _data.AsSpan(t.Offset, t.Length)
        : throw new InvalidDataException($"the font has no '{tag}' table");

    /// <summary>The glyph drawn for <paramref name="c"/>; 0 (.notdef) when the font has none.</summary>
    public ushort GlyphIndex(char c) => _glyphOfChar[c];

    /// <summary>The advance width of a glyph in font units.</summary>
    public int Advance(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>The advance width of <paramref name="c"/> as a fraction of the em.</summary>
    public double Width(char c) => (double)Advance(_glyphOfChar[c]) / UnitsPerEm;

    public bool HasGlyph(char c) => _glyphOfChar[c] != 0;

    public static TrueTypeFont Load(string path) => Parse(File.ReadAllBytes(path), path);

    public static TrueTypeFont Parse(byte[] data, string name)
    {
        var span = data.AsSpan();
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        ReadOnlySpan<byte> Table(string tag) => tables.TryGetValue(tag, out var t)
            ? data.AsSpan(t.Offset, t.Length)
            : throw new InvalidDataException($"{name}: the font has no '{tag}' table");

        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
        var hmtx = Table("hmtx");
        var advances = new ushort[metricsCount];
        for (var g = 0; g < metricsCount; g++) advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * g)..]);
        return new TrueTypeFont(data, tables, ReadCmap(Table("cmap"), name), advances);
    }

    /// <summary>The Windows Unicode BMP subtable (format 4), expanded to an array indexed by character.</summary>
    private static ushort[] ReadCmap(ReadOnlySpan<byte> cmap, string name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var subtable = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) != 4) continue;
            if ((platform == 3 && encoding == 1) || (platform == 0 && subtable < 0)) subtable = offset;
        }
        if (subtable < 0) throw new InvalidDataException($"{name}: no Unicode (format 4) cmap");

        var table = cmap[subtable..];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = table[(16 + 2 * segments)..];
        var deltas = table[(16 + 4 * segments)..];
        var rangeOffsets = table[(16 + 6 * segments)..];
        var glyphs = new ushort[char.MaxValue + 1];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c <= char.MaxValue; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset is relative to its own position in the table (the format's famous trick).
                    var at = 16 + 6 * segments + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = at + 1 < table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                glyphs[c] = (ushort)glyph;
            }
        }
        return glyphs;
    }
}
