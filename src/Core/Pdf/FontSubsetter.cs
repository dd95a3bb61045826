using System.Buffers.Binary;

namespace DeepExam.Pdf;

/// <summary>
/// Makes the font program embedded in a PDF: only the glyphs a document uses (with .notdef and the parts
/// of composite glyphs), numbered anew from 0 in the order of their ids in the font, with their outlines
/// and metrics; <see cref="FontSubset.NewGlyphOf"/> maps the font's ids, which the content streams keep
/// using as CIDs, to the new ones (the CIDToGIDMap). A font such as DejaVu Serif has 3,500 glyphs and a
/// page uses about 100: renumbering drops the 28 KB of offsets and metrics the unused glyphs would
/// otherwise still take. Only the tables a PDF viewer needs to draw the outlines are kept, without the
/// hinting (the glyphs' instructions and the cvt, fpgm and prep tables): in DejaVu they are about half of a
/// subset's bytes, PDF viewers mostly rasterise without them (poppler's output is the same pixel for
/// pixel) and print never uses them. The result depends only on the font and the glyphs, never on time.
/// </summary>
public static class FontSubsetter
{
    // The tables PDF requires of an embedded TrueType program (ISO 32000, 9.9) but the hinting ones, in tag order.
    private static readonly string[] Kept = ["glyf", "head", "hhea", "hmtx", "loca", "maxp"];

    public static FontSubset Subset(TrueTypeFont font, IEnumerable<ushort> glyphs)
    {
        var glyf = font.Table("glyf");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font.Table("head")[50..]) == 1;
        var loca = font.Table("loca").ToArray();
        var count = font.GlyphCount;
        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g));

        // The used glyphs, .notdef, and every component of a composite glyph among them.
        var used = new bool[count];
        var pending = new Stack<int>(glyphs.Select(g => (int)g).Append(0));
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (g >= count || used[g]) continue;
            used[g] = true;
            foreach (var (_, component) in Components(glyf[Offset(g)..Offset(g + 1)])) pending.Push(component);
        }
        var old = Enumerable.Range(0, count).Where(g => used[g]).ToArray();
        var newOf = new ushort[old[^1] + 1];
        for (var i = 0; i < old.Length; i++) newOf[old[i]] = (ushort)i;

        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (old.Length + 1)];
        for (var i = 0; i < old.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)newGlyf.Length);
            var outline = WithoutInstructions(glyf[Offset(old[i])..Offset(old[i] + 1)]);
            foreach (var (at, component) in Components(outline)) BinaryPrimitives.WriteUInt16BigEndian(outline.AsSpan(at), newOf[component]);
            newGlyf.Write(outline);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * old.Length), (uint)newGlyf.Length);

        // Every kept glyph gets a full metric (advance and left side bearing), in the new order.
        var hmtx = font.Table("hmtx");
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(font.Table("hhea")[34..]);
        var newHmtx = new byte[4 * old.Length];
        for (var i = 0; i < old.Length; i++)
        {
            var g = old[i];
            var bearing = g < metrics ? hmtx[(4 * g + 2)..] : hmtx[(4 * metrics + 2 * (g - metrics))..];
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * i), (ushort)font.Advance((ushort)g));
            bearing[..2].CopyTo(newHmtx.AsSpan(4 * i + 2));
        }
        var hhea = font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)old.Length);
        var maxp = font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)old.Length);
        if (maxp.Length >= 28) BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(26), 0); // maxSizeOfInstructions

        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        var tables = new List<(string Tag, byte[] Data)>();
        foreach (var tag in Kept)
        {
            var data = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => newLoca,
                "head" => head,
                "hhea" => hhea,
                "hmtx" => newHmtx,
                "maxp" => maxp,
                _ when font.HasTable(tag) => font.Table(tag).ToArray(),
                _ => null,
            };
            if (data is not null) tables.Add((tag, data));
        }
        return new FontSubset(Assemble(tables), [.. newOf]);
    }

    /// <summary>
    /// A glyph's outline without its hinting instructions: a simple glyph's instruction length becomes 0 and its
    /// instructions go; a composite glyph loses the instructions after its last component and the flag that announces them.
    /// </summary>
    public static byte[] WithoutInstructions(ReadOnlySpan<byte> outline)
    {
        if (outline.Length < 10) return outline.ToArray();
        var contours = BinaryPrimitives.ReadInt16BigEndian(outline);
        if (contours >= 0)
        {
            var at = 10 + 2 * contours;
            var length = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            var simple = new byte[outline.Length - length];
            outline[..at].CopyTo(simple);
            outline[(at + 2 + length)..].CopyTo(simple.AsSpan(at + 2));
            return simple;
        }
        var components = Components(outline);
        var end = 10;
        var composite = outline.ToArray();
        foreach (var (glyphAt, _) in components)
        {
            var flagsAt = glyphAt - 2;
            var flags = BinaryPrimitives.ReadUInt16BigEndian(composite.AsSpan(flagsAt));
            BinaryPrimitives.WriteUInt16BigEndian(composite.AsSpan(flagsAt), (ushort)(flags & ~0x100)); // WE_HAVE_INSTRUCTIONS
            end = glyphAt + 2 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        return composite[..end];
    }

    /// <summary>The components of a composite glyph: where each one's glyph id is in the outline, and the id. None for a simple glyph.</summary>
    private static List<(int At, int Glyph)> Components(ReadOnlySpan<byte> outline)
    {
        var components = new List<(int, int)>();
        if (outline.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0) return components;
        var p = 10;
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[p..]);
            components.Add((p + 2, BinaryPrimitives.ReadUInt16BigEndian(outline[(p + 2)..])));
            p += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            if ((flags & 0x20) == 0) break;
        }
        return components;
    }

    /// <summary>Writes an sfnt file: the offset table, the table records, the tables 4-byte aligned, and the checksums.</summary>
    private static byte[] Assemble(List<(string Tag, byte[] Data)> tables)
    {
        var n = tables.Count;
        var headerLength = 12 + 16 * n;
        var total = headerLength + tables.Sum(t => (t.Data.Length + 3) & ~3);
        var file = new byte[total];
        var span = file.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)n);
        var power = 1;
        var log = 0;
        while (power * 2 <= n) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(16 * power));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(16 * n - 16 * power));
        var offset = headerLength;
        var headOffset = 0;
        for (var i = 0; i < n; i++)
        {
            var (tag, data) = tables[i];
            var record = span.Slice(12 + 16 * i, 16);
            for (var k = 0; k < 4; k++) record[k] = (byte)tag[k];
            data.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(span)));
        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        return sum;
    }
}
