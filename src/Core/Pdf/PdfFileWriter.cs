using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DeepExam.Pdf;

/// <summary>
/// The file structure of a PDF 1.7 (ISO 32000, 7.5): numbered objects, written with their streams at top
/// level and every other object packed into compressed object streams (7.5.7), found through a compressed
/// cross-reference stream (7.5.8). The dictionaries of a tagged document (its structure elements, font
/// widths, outline) are most of its objects; compressed together they take a fraction of the bytes they
/// would as plain objects with a cross-reference table. Objects are written in the order of their numbers,
/// so the same objects always give the same bytes. Not thread-safe.
/// </summary>
public sealed class PdfFileWriter
{
    /// <summary>Objects per object stream: a reader decompresses a whole stream to reach one of them.</summary>
    private const int ObjectsPerStream = 256;

    /// <summary>
    /// How hard the object streams and the cross-reference stream are deflated: zlib's default level (6). On a class's
    /// feedback and solution PDFs, level 9 (SmallestSize) took 1.3–1.9 times the CPU for about 1 % fewer bytes
    /// of these streams, a tenth of a file (docs/performance.md, session 8). Written once per file, unlike the font
    /// programs, which are made once per subset and shared.
    /// </summary>
    private const CompressionLevel ObjectStreamLevel = CompressionLevel.Optimal;

    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    // Index = object number - 1: a plain object's text, or a stream's dictionary entries and its (encoded) data.
    private readonly List<byte[]?> _plain = [];
    private readonly List<(byte[] Dictionary, byte[] Data)?> _streams = [];

    /// <summary>Takes the next object number; the object is given later with <see cref="Set"/> or <see cref="SetStream"/>.</summary>
    public int Reserve()
    {
        _plain.Add(null);
        _streams.Add(null);
        return _plain.Count;
    }

    /// <summary>A plain (non-stream) object: its text, a dictionary, array or other value.</summary>
    public void Set(int number, ReadOnlySpan<byte> value) => _plain[number - 1] = value.ToArray();

    public int Add(ReadOnlySpan<byte> value)
    {
        var number = Reserve();
        Set(number, value);
        return number;
    }

    /// <summary>A stream object: the entries of its dictionary but /Length, and its data as stored (already encoded by the filters the entries name).</summary>
    public void SetStream(int number, ReadOnlySpan<byte> entries, byte[] data) => _streams[number - 1] = (entries.ToArray(), data);

    public int AddStream(ReadOnlySpan<byte> entries, byte[] data)
    {
        var number = Reserve();
        SetStream(number, entries, data);
        return number;
    }

    /// <summary>A stream holding deflated data.</summary>
    public int AddDeflated(byte[] deflated, string extraEntries = "") =>
        AddStream(Encoding.ASCII.GetBytes("/Filter/FlateDecode" + extraEntries), deflated);

    /// <summary>Writes the file: header, stream objects, object streams, and the cross-reference stream with the trailer's entries.</summary>
    /// <param name="id">The file identifier (16 bytes), written as both halves of /ID.</param>
    public void Save(Stream output, int root, int info, ReadOnlySpan<byte> id)
    {
        var count = _plain.Count;
        for (var i = 0; i < count; i++)
            if (_plain[i] is null && _streams[i] is null) throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");

        // Written straight to the output, counting the offsets, rather than assembled in memory first: a
        // solution sheet's 90 KB would take a large-object-heap buffer per file, and the caller's stream a copy of it.
        var file = new CountingWriter(output);
        file.Write(Header);
        // Cross-reference entries: (type, field 2, field 3) per object number; 0 is the head of the free list.
        var plainNumbers = Enumerable.Range(1, count).Where(n => _plain[n - 1] is not null).ToList();
        var streamCount = (plainNumbers.Count + ObjectsPerStream - 1) / ObjectsPerStream;
        var size = count + streamCount + 2;
        var entries = new (byte Type, long Field2, int Field3)[size];
        entries[0] = (0, 0, 0xFFFF);
        var syntax = new PdfSyntax();
        var head = new PdfSyntax();

        for (var n = 1; n <= count; n++)
        {
            if (_streams[n - 1] is not { } stream) continue;
            entries[n] = (1, file.Position, 0);
            WriteStream(file, head, n, stream.Dictionary, stream.Data);
        }

        // An object stream's data: the pairs of object number and offset, then the objects, each followed by a newline.
        var data = new PdfSyntax();
        for (var s = 0; s < streamCount; s++)
        {
            var number = count + 1 + s;
            var members = plainNumbers.GetRange(s * ObjectsPerStream, Math.Min(ObjectsPerStream, plainNumbers.Count - s * ObjectsPerStream));
            data.Clear();
            var offset = 0;
            for (var i = 0; i < members.Count; i++)
            {
                entries[members[i]] = (2, number, i);
                data.Int(members[i]).Int(offset);
                offset += _plain[members[i] - 1]!.Length + 1;
            }
            // The offsets start with a space, as PdfSyntax writes integers; the first object follows the newline after them.
            var first = data.Written.Length + 1;
            data.Raw("\n"u8);
            foreach (var member in members) data.Raw(_plain[member - 1]).Raw("\n"u8);
            syntax.Clear();
            syntax.Raw("/Type/ObjStm/N").Int(members.Count).Raw("/First").Int(first).Raw("/Filter/FlateDecode");
            entries[number] = (1, file.Position, 0);
            WriteStream(file, head, number, syntax.Written, EmbeddedFont.Deflate(data.Written, ObjectStreamLevel));
        }

        // The cross-reference stream describes itself too; its rows are PNG "Up"-predicted, which turns
        // the slowly changing offsets into runs of zeros before deflating.
        var xref = size - 1;
        var xrefOffset = file.Position;
        entries[xref] = (1, xrefOffset, 0);
        var offsetWidth = xrefOffset > uint.MaxValue ? 8 : 4;
        var row = 1 + offsetWidth + 2;
        var rows = new byte[size * (row + 1)];
        var previous = new byte[row];
        var current = new byte[row];
        for (var n = 0; n < size; n++)
        {
            var (type, field2, field3) = entries[n];
            current[0] = type;
            if (offsetWidth == 8) BinaryPrimitives.WriteInt64BigEndian(current.AsSpan(1), field2);
            else BinaryPrimitives.WriteUInt32BigEndian(current.AsSpan(1), (uint)field2);
            BinaryPrimitives.WriteUInt16BigEndian(current.AsSpan(1 + offsetWidth), (ushort)field3);
            var at = n * (row + 1);
            rows[at] = 2;
            for (var k = 0; k < row; k++) rows[at + 1 + k] = (byte)(current[k] - previous[k]);
            (previous, current) = (current, previous);
        }
        syntax.Clear();
        syntax.Raw("/Type/XRef/Size").Int(size).Raw("/W[1").Int(offsetWidth).Raw(" 2]/Root").Ref(root).Raw("/Info").Ref(info)
            .Raw("/ID[").HexString(id).HexString(id).Raw("]/Filter/FlateDecode/DecodeParms<</Columns").Int(row).Raw("/Predictor 12>>");
        WriteStream(file, head, xref, syntax.Written, EmbeddedFont.Deflate(rows, ObjectStreamLevel));
        file.Write(Encoding.ASCII.GetBytes($"startxref\n{xrefOffset.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n%%EOF\n"));
    }

    /// <param name="head">A scratch buffer for the object's head.</param>
    private static void WriteStream(CountingWriter file, PdfSyntax head, int number, ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data)
    {
        head.Clear();
        head.Raw(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(" 0 obj\n<<").Raw(dictionary).Raw("/Length").Int(data.Length).Raw(">>\nstream\n");
        file.Write(head.Written);
        file.Write(data);
        file.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>The output, with the count of bytes written to it so far: the offsets the cross-reference stream gives.</summary>
    private sealed class CountingWriter(Stream output)
    {
        public long Position { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            Position += bytes.Length;
        }
    }
}
