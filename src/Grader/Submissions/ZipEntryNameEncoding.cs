using System.Text;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Reads ZIP entry names back as the bytes the archive holds. .NET decodes a name flagged UTF-8 as UTF-8
/// and every other name with the encoding it is given; given this one, such a name keeps each byte: ASCII
/// as itself, a byte 0x80–0xFF as one character of a private-use block. <see cref="NameBytes"/> turns a
/// decoded name back into bytes, which <see cref="FileNameText"/> shows as it shows a name on disk: a
/// name an LMS wrote in UTF-8 without the flag reads as UTF-8, and bytes that are not UTF-8 show as \xNN.
/// </summary>
/// <remarks>
/// The ZIP format's default (CP437) is not assumed: Moodle and Canvas write UTF-8, with or without the
/// flag, and a name shown wrongly is worse than one shown as bytes. A flagged name that is not valid
/// UTF-8 reaches us with U+FFFD in place of its bad bytes; .NET gives no way to the bytes themselves.
/// </remarks>
public sealed class ZipEntryNameEncoding : Encoding
{
    private const char ByteBlock = '\uF700';

    public static ZipEntryNameEncoding Instance { get; } = new();

    /// <summary>The name's bytes: a private-use character is the byte it stands for, anything else its UTF-8.</summary>
    public static byte[] NameBytes(string name)
    {
        var bytes = new List<byte>(name.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is >= ByteBlock + 0x80 and <= ByteBlock + 0xFF) bytes.Add((byte)(rune.Value - ByteBlock));
            else bytes.AddRange(utf8[..rune.EncodeToUtf8(utf8)]);
        }
        return [.. bytes];
    }

    // Encoding is the inverse of decoding (see NameBytes), so a test can write an archive whose names are any bytes, flag unset.
    public override int GetByteCount(char[] chars, int index, int count) => NameBytes(new string(chars, index, count)).Length;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        var name = NameBytes(new string(chars, charIndex, charCount));
        name.CopyTo(bytes, byteIndex);
        return name.Length;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            chars[charIndex + i] = b < 0x80 ? (char)b : (char)(ByteBlock + b);
        }
        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount * 3;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}
