using System.Buffers;

namespace DeepExam.Pdf;

/// <summary>
/// Writes the text of PDF objects (ISO 32000, 7.3) into a byte buffer: names, numbers, references, strings,
/// and the raw delimiters between them. Everything written is ASCII, numbers in the invariant form without
/// exponents, so the bytes never depend on the culture. One instance builds one object at a time
/// (<see cref="ToArray"/>, then <see cref="Clear"/>); not thread-safe.
/// </summary>
public sealed class PdfSyntax
{
    private readonly ArrayBufferWriter<byte> _out = new(256);

    public ReadOnlySpan<byte> Written => _out.WrittenSpan;

    public byte[] ToArray() => _out.WrittenSpan.ToArray();

    public void Clear() => _out.ResetWrittenCount();

    /// <summary>Delimiters, keys and keywords, written as they are (ASCII only).</summary>
    public PdfSyntax Raw(string ascii)
    {
        var span = _out.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) span[i] = (byte)ascii[i];
        _out.Advance(ascii.Length);
        return this;
    }

    public PdfSyntax Raw(ReadOnlySpan<byte> bytes)
    {
        _out.Write(bytes);
        return this;
    }

    /// <summary>An integer, preceded by a space.</summary>
    public PdfSyntax Int(long value)
    {
        var span = _out.GetSpan(21);
        span[0] = (byte)' ';
        value.TryFormat(span[1..], out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        _out.Advance(n + 1);
        return this;
    }

    /// <summary>A real number rounded to <paramref name="decimals"/> places, trailing zeros dropped, preceded by a space.</summary>
    public PdfSyntax Real(double value, int decimals = 3)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0"
        var span = _out.GetSpan(40);
        span[0] = (byte)' ';
        rounded.TryFormat(span[1..], out var n, decimals switch { 0 => "0", 1 => "0.#", 2 => "0.##", _ => "0.###" }, System.Globalization.CultureInfo.InvariantCulture);
        _out.Advance(n + 1);
        return this;
    }

    /// <summary>A reference to object <paramref name="number"/> (generation 0), preceded by a space.</summary>
    public PdfSyntax Ref(int number) => Int(number).Raw(" 0 R");

    /// <summary>
    /// A text string (7.9.2.2): a literal string when it is printable ASCII, with its delimiters escaped;
    /// else UTF-16 big-endian with the byte order mark, as hex digits.
    /// </summary>
    public PdfSyntax Text(string text)
    {
        var ascii = true;
        foreach (var c in text) ascii &= c is >= ' ' and < '\x7F';
        if (ascii)
        {
            var span = _out.GetSpan(2 * text.Length + 2);
            var n = 0;
            span[n++] = (byte)'(';
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') span[n++] = (byte)'\\';
                span[n++] = (byte)c;
            }
            span[n++] = (byte)')';
            _out.Advance(n);
            return this;
        }
        return Raw("<FEFF").Utf16Hex(text).Raw(">");
    }

    /// <summary>The characters as four hex digits each (UTF-16 code units), without delimiters.</summary>
    public PdfSyntax Utf16Hex(ReadOnlySpan<char> text)
    {
        WriteUtf16Hex(_out, text);
        return this;
    }

    /// <summary>The characters as four hex digits each, into any writer: a content stream's marked-content /ActualText too.</summary>
    internal static void WriteUtf16Hex(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(4 * text.Length);
        var n = 0;
        foreach (var c in text)
        {
            span[n++] = Hex(c >> 12);
            span[n++] = Hex((c >> 8) & 0xF);
            span[n++] = Hex((c >> 4) & 0xF);
            span[n++] = Hex(c & 0xF);
        }
        output.Advance(n);
    }

    /// <summary>Bytes as a hex string, with its delimiters.</summary>
    public PdfSyntax HexString(ReadOnlySpan<byte> bytes)
    {
        var span = _out.GetSpan(2 * bytes.Length + 2);
        var n = 0;
        span[n++] = (byte)'<';
        foreach (var b in bytes)
        {
            span[n++] = Hex(b >> 4);
            span[n++] = Hex(b & 0xF);
        }
        span[n++] = (byte)'>';
        _out.Advance(n);
        return this;
    }

    /// <summary>A date (7.9.4) in UTC, as a literal string.</summary>
    public PdfSyntax Date(DateTime utc) =>
        Raw("(D:").Raw(utc.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)).Raw("+00'00')");

    private static byte Hex(int v) => (byte)(v < 10 ? '0' + v : 'A' + v - 10);
}
