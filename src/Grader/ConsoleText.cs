using System.Globalization;
using System.Text;

namespace DeepExam.Grading;

/// <summary>
/// Text from students' files made safe for the terminal: a report line can quote an id or key from a
/// file, and a quoted YAML string can hold an escape character that would recolour, move the cursor or
/// retitle the instructor's terminal. Control characters (C0, DEL, C1) and the bidirectional overrides
/// show as \u{…}; everything else as itself.
/// </summary>
public static class ConsoleText
{
    public static string Safe(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (NeedsEscape(c)) safe.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:x4}}}");
            else safe.Append(c);
        return safe.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
