using System.Text;

namespace DeepExam.Documents;

/// <summary>
/// Integers of prose grouped by threes as the rest of the handout writes them (ISO 80000-1, <see cref="Text.ValueFormatter.Grouped"/>):
/// 102 764 544 with a narrow no-break space, so a template's <c>{{ big }}</c> reads like a worked number and never breaks
/// across lines. Only a whole integer of five digits or more: not a part of a name or a code (conv12345, 492E), not a
/// decimal or its fractional digits (3.14159), not a number already grouped or with a leading zero. Code never comes
/// here. Idempotent: a grouped number's groups are shorter than five digits.
/// </summary>
public static class DigitGroups
{
    public static string Of(string text)
    {
        if (!HasLongRun(text)) return text;
        var sb = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            var run = text.AsSpan(i, end - i);
            if (run.Length >= Text.ValueFormatter.GroupFromDigits && run[0] != '0' && StandsAlone(text, i, end))
                for (var k = 0; k < run.Length; k++)
                {
                    if (k > 0 && (run.Length - k) % 3 == 0) sb.Append('\u202F');
                    sb.Append(run[k]);
                }
            else
                sb.Append(run);
            i = end;
        }
        return sb.ToString();
    }

    private static bool HasLongRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= Text.ValueFormatter.GroupFromDigits) return true;
        }
        return false;
    }

    /// <summary>Whether the digits from <paramref name="start"/> to <paramref name="end"/> are a whole integer, not part of a word or a decimal.</summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if (char.IsLetter(before) || before == '_' || char.IsLetter(after) || after == '_') return false;
        // 3.14159 and 12345.5, 1,79234: the digits belong to a number written with a point or a comma.
        if (before is '.' or ',' && start > 1 && char.IsAsciiDigit(text[start - 2])) return false;
        if (after is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) return false;
        return true;
    }
}
