using System.Buffers;
using System.Text;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// A file name as bytes (Linux names are bytes, not text) shown as text for the report, the gradebook
/// and the notes. UTF-8 shows as itself; a byte that is not part of valid UTF-8 shows as \xNN, as do the
/// bytes of control characters (a newline or an escape sequence in a name must not break a CSV line or
/// the terminal). A backslash shows as itself unless x and two hex digits follow it: then it shows as
/// \x5c. Reading \xNN back as the byte NN therefore gives the original name, so two different names
/// never show alike.
/// </summary>
public static class FileNameText
{
    public static string Show(ReadOnlySpan<byte> name)
    {
        // Nearly every name is printable ASCII without a backslash: one check, one copy.
        if (name.IndexOfAnyExcept(Printable) < 0) return Encoding.ASCII.GetString(name);
        var text = new StringBuilder(name.Length + 16);
        Span<char> chars = stackalloc char[2];
        while (!name.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(name, out var rune, out var used);
            if (status != OperationStatus.Done || Rune.IsControl(rune))
                foreach (var b in name[..used]) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{b:x2}");
            else if (rune.Value == '\\' && IsEscape(name[1..])) text.Append("\\x5c");
            else text.Append(chars[..rune.EncodeToUtf16(chars)]);
            name = name[used..];
        }
        return text.ToString();
    }

    private static readonly SearchValues<byte> Printable = SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Where(b => b != '\\').Select(b => (byte)b)]);

    private static bool IsEscape(ReadOnlySpan<byte> rest) => rest.Length >= 3 && rest[0] == 'x' && char.IsAsciiHexDigit((char)rest[1]) && char.IsAsciiHexDigit((char)rest[2]);
}
