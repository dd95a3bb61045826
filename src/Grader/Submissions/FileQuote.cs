using System.Globalization;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Bounds what notes and report lines quote from a student's file, so that one file costs a bounded
/// amount of report, feedback and time whatever it holds (49,000 unknown keys, a key of a megabyte):
/// a key, id or code is quoted to at most <see cref="MaxChars"/> characters, and of many notes of one
/// kind the first <see cref="MaxItems"/> are kept and one more counts the rest.
/// </summary>
public static class FileQuote
{
    public const int MaxChars = 80;
    public const int MaxItems = 20;

    /// <summary>The text, or its first <see cref="MaxChars"/> characters and an ellipsis (never half a surrogate pair).</summary>
    public static string Cut(string text)
    {
        if (text.Length <= MaxChars) return text;
        var end = char.IsHighSurrogate(text[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return string.Concat(text.AsSpan(0, end), "…");
    }

    /// <summary>
    /// A note for each of the first <see cref="MaxItems"/> items, then, if there are more, one note
    /// that counts them (given the count as <see cref="Count"/> writes it).
    /// </summary>
    public static IEnumerable<string> FirstOf<T>(IReadOnlyList<T> items, Func<T, string> note, Func<string, string> rest)
    {
        for (var i = 0; i < Math.Min(items.Count, MaxItems); i++) yield return note(items[i]);
        if (items.Count > MaxItems) yield return rest(Count(items.Count - MaxItems));
    }

    /// <summary>"48,980" in every culture, so notes and reports are the same wherever they are made.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
