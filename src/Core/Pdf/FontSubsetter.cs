using System.Buffers.Binary;

namespace DeepExam.Pdf;

/// <summary>
/// Makes the font program embedded in a PDF: the glyphs a document uses (and the parts of composite
/// glyphs) keep their outlines, every other glyph is emptied, and glyph ids stay as they are, so
/// the content stream can use the font's own ids (CIDToGIDMap /Identity). Only the tables a PDF
/// viewer needs are kept. The result depends only on the font and the glyphs, never on time.
/// </summary>
public static class FontSubsetter
{
    // The tables PDF requires of an embedded TrueType program (ISO 32000, 9.9), in tag order.
    private static readonly string[] Kept = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Subset(TrueTypeFont font, IEnumerable<ushort> glyphs)
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
            var start = Offset(g);
            var end = Offset(g + 1);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) >= 0) continue;
            var p = start + 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[p..]);
                pending.Push(BinaryPrimitives.ReadUInt16BigEndian(glyf[(p + 2)..]));
                p += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
                if ((flags & 0x20) == 0) break;
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (count + 1)];
        for (var g = 0; g < count; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!used[g]) continue;
            newGlyf.Write(glyf[Offset(g)..Offset(g + 1)]);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * count), (uint)newGlyf.Length);

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
                _ when font.HasTable(tag) => font.Table(tag).ToArray(),
                _ => null,
            };
            if (data is not null) tables.Add((tag, data));
        }
        return Assemble(tables);
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
