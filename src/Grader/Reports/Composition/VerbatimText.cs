using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DeepExam.Documents;

namespace DeepExam.Grading.Reports.Composition;

/// <summary>
/// Text a student wrote, as monospaced inlines shown exactly as written: it never goes through the
/// Markdown or TeX parsers, so <c>$\frac{</c>, <c>**</c> or <c>#</c> stay characters. Line breaks are
/// kept, runs of spaces keep their width (no-break spaces after the first, which stays a place to
/// break), and what cannot be drawn (control and format characters, characters outside the fonts' plane) shows
/// as �. A very long answer is shortened; the feedback YAML keeps all of it.
/// </summary>
public static class VerbatimText
{
    /// <summary>More than a 6×6 matrix of fractions written out: an answer longer than this is not one a reader needs in full.</summary>
    public const int MaxCharacters = 600;

    public const int MaxLines = 16;

    /// <summary>Longer than this, a nested list is set a row per line: about what fits after "Your answer:".</summary>
    public const int RowsFrom = 52;

    private const char NoBreakSpace = '\u00A0';
    private const char Replacement = '\uFFFD';

    public static ImmutableArray<Inline> Inlines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var shown = ImmutableArray.CreateBuilder<Inline>();
        var left = MaxCharacters;
        var shortened = false;
        for (var i = 0; i < lines.Length && !shortened; i++)
        {
            if (i == MaxLines || left <= 0)
            {
                shortened = true;
                break;
            }
            if (i > 0) shown.Add(LineBreak.Instance);
            shortened = lines[i].Length > left;
            var line = shortened ? lines[i][..left] + " …" : lines[i];
            left -= lines[i].Length;
            if (line.Length > 0) shown.Add(new TextRun(Drawable(line), TextStyle.Code));
        }
        if (shortened)
        {
            shown.Add(LineBreak.Instance);
            shown.Add(new TextRun(string.Create(CultureInfo.InvariantCulture,
                $"(shortened: the answer has {text.Length:N0} characters; all of them are in the feedback YAML)"), TextStyle.Emphasis));
        }
        return shown.ToImmutable();
    }

    /// <summary>
    /// A nested list too long for the line it starts on, one row per line ("[[1, 2],\n [3, 4]]"), so a
    /// matrix reads as one and compares with the typeset answer below it; anything else unchanged.
    /// Only the break after each row's comma is chosen: no character is added, dropped or reordered
    /// except the spaces there.
    /// </summary>
    public static string Rows(string text)
    {
        if (text.Length <= RowsFrom || !text.StartsWith("[[", StringComparison.Ordinal) || text.Contains('\n')) return text;
        var s = new StringBuilder(text.Length + 16);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[') depth++;
            else if (c == ']') depth--;
            s.Append(c);
            if (c != ',' || depth != 1) continue;
            while (i + 1 < text.Length && text[i + 1] == ' ') i++;
            // One space under the outer bracket lines the rows up.
            s.Append("\n ");
        }
        return s.ToString();
    }

    /// <summary>
    /// Text from the student's file quoted in a sentence (a note, a format error): set as plain text on
    /// one line, with what cannot be drawn replaced as in an answer.
    /// </summary>
    public static string Printable(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            s.Append(rune.Value is '\n' or '\r' or '\t' ? ' ' : Drawn(rune) ? (char)rune.Value : Replacement);
        return s.ToString();
    }

    /// <summary>The line with its spaces kept and its undrawable characters replaced.</summary>
    private static string Drawable(string line)
    {
        var s = new StringBuilder(line.Length);
        var spaces = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t')
            {
                // A tab is drawn as the spaces up to the next multiple of four columns.
                spaces += rune.Value == '\t' ? 4 - (s.Length + spaces) % 4 : 1;
                continue;
            }
            if (spaces > 0)
            {
                // The first space of a run stays a break opportunity, except at the start of a line,
                // where the layout would drop it.
                s.Append(s.Length == 0 ? NoBreakSpace : ' ').Append(NoBreakSpace, spaces - 1);
                spaces = 0;
            }
            s.Append(Drawn(rune) ? (char)rune.Value : Replacement);
        }
        return s.ToString();
    }

    /// <summary>
    /// Whether a character is drawn as itself. Control and format characters (bidi overrides,
    /// zero-width joiners) are not: invisible, they could reorder or hide what is shown. Nor are
    /// characters outside the Basic Multilingual Plane, which the fonts' tables do not reach.
    /// </summary>
    private static bool Drawn(Rune rune) => rune.IsBmp && Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
