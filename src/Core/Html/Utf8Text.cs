using System.Text;

namespace DeepExam.Html;

/// <summary>Text built in a <see cref="StringBuilder"/> as UTF-8 bytes without a byte-order mark, encoded chunk by chunk.</summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The same bytes as encoding <c>text.ToString()</c>, without making that string: one encoder carries a surrogate
    /// pair that a chunk boundary splits over to the next chunk.
    /// </summary>
    public static byte[] Bytes(StringBuilder text)
    {
        // Counting does not carry an encoder's state, so a pair split over two chunks is counted here (a lone
        // surrogate becomes the 3-byte replacement character, as the encoder writes it).
        var count = 0;
        var carried = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (carried && span.Length > 0)
            {
                if (char.IsLowSurrogate(span[0]))
                {
                    count += 4;
                    span = span[1..];
                }
                else
                    count += 3;
                carried = false;
            }
            if (span.Length > 0 && char.IsHighSurrogate(span[^1]))
            {
                carried = true;
                span = span[..^1];
            }
            count += Utf8.GetByteCount(span);
        }
        if (carried) count += 3;
        var bytes = new byte[count];
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks()) written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        if (written != count) throw new InvalidOperationException($"encoded {written} bytes of {count}");
        return bytes;
    }
}
