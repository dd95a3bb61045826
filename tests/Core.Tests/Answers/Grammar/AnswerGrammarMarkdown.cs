using System.Globalization;
using System.Text;
using DeepExam.Answers.Grammar;

namespace DeepExam.Tests.Answers.Grammar;

/// <summary>
/// The answer grammar written out for docs/grading.md, from the data itself, so the documentation cannot
/// drift from what the grader and the form's checker accept.
/// </summary>
internal static class AnswerGrammarMarkdown
{
    public const string Begin = "<!-- answer grammar: generated from AnswerGrammar.Rules by AnswerGrammarTests; DEEPEXAM_GOLDEN=update rewrites it -->";
    public const string End = "<!-- end of the answer grammar -->";

    public static string Render()
    {
        var g = AnswerGrammar.Rules;
        var md = new StringBuilder();
        md.Append(Begin).Append('\n');
        md.Append("**Blanks** (trimmed around an answer and its entries, and splitting the cells of a row; an answer of blanks alone is unanswered): ")
            .Append(string.Join(", ", Ranges(g.Blank))).Append(".\n\n");
        md.Append("**Before a number is read**, blanks around it are trimmed and then, in this order:\n\n");
        foreach (var r in g.Number.Replacements) md.Append(CultureInfo.InvariantCulture, $"- {Show(r.From)} becomes {Show(r.To)}: {r.Why}\n");
        md.Append(CultureInfo.InvariantCulture, $"\n**A number** is at most {g.Number.MaxLength} characters and matches the whole of one of these forms, tried in order ")
            .Append("(`{blank}` stands for the blanks above; `m` is the mantissa, `e` a power of ten, `dm` and `de` a denominator's):\n\n");
        foreach (var f in g.Number.Forms)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {f.Name}");
            if (f.Removed.Length > 0) md.Append(CultureInfo.InvariantCulture, $", after deleting every {Show(f.Removed)}");
            md.Append(CultureInfo.InvariantCulture, $": `{f.Pattern.Replace(BlankCharacters.Class, "{blank}", StringComparison.Ordinal)}`\n");
        }
        var l = g.List;
        md.Append(CultureInfo.InvariantCulture, $"\n**A list** is bracketed ({string.Join(" or ", l.Openers.Zip(l.Closers, (o, c) => $"`{o} {c}`"))}) with items separated by `{l.Separator}`, nested at most {l.MaxNesting} deep ")
            .Append(CultureInfo.InvariantCulture, $"(a vector, matrix or tensor at most {l.MaxRank} deep); or, for a shape or tuple without commas, sizes joined by `{l.ShapeSeparator.Replace(BlankCharacters.Class, "{blank}", StringComparison.Ordinal)}`; ")
            .Append(CultureInfo.InvariantCulture, $"or rows ending at {string.Join(" or ", l.RowSeparators.Select(Show))} (a vector is one row), each split at blanks and at every `{l.Separator}`. ")
            .Append(CultureInfo.InvariantCulture, $"An entry of a list holds no `{l.Separator}`.\n\n");
        var c = g.Choice;
        md.Append(CultureInfo.InvariantCulture, $"**An option** is a letter, `{c.Letter.Replace(BlankCharacters.Class, "{blank}", StringComparison.Ordinal)}`, or its text (lower case, blanks collapsed, trailing {Show(c.TextTrimEnd)} dropped). ")
            .Append(CultureInfo.InvariantCulture, $"Several options are a list, a run of letters `{c.LetterRun}` (no more letters than options), or picks split at {string.Join(", ", c.PickSeparators.Select(Show))}.\n\n");
        md.Append(CultureInfo.InvariantCulture, $"**True** is {string.Join(", ", g.TrueFalse.True.Select(w => $"`{w}`"))}; **false** is {string.Join(", ", g.TrueFalse.False.Select(w => $"`{w}`"))} (any case).\n\n");
        md.Append("| kind | read as |\n| --- | --- |\n");
        foreach (var k in g.Kinds)
            md.Append(CultureInfo.InvariantCulture, $"| {k.Name} | {Reader(k.Reader)}{(k.WholeNumbers ? ", whole numbers only" : "")} |\n");
        md.Append(End);
        return md.ToString();
    }

    private static string Reader(AnswerReader reader) => reader switch
    {
        AnswerReader.Number => "one number",
        AnswerReader.Sequence => "a list of numbers",
        AnswerReader.Grid => "nested lists or rows of numbers",
        AnswerReader.Choice => "one option",
        AnswerReader.Choices => "any number of options",
        AnswerReader.TrueFalse => "true or false",
        _ => throw new ArgumentOutOfRangeException(nameof(reader)),
    };

    private static string Show(char c) => Show(c.ToString());

    private static string Show(string s) => s switch
    {
        " " => "a space",
        "\n" => "a line break",
        _ when s.StartsWith(' ') || s.EndsWith(' ') => $"`\"{s}\"`",
        _ when s.All(ch => ch is > ' ' and < '\u007F') => $"`{s}`",
        _ when s.Length == 1 => $"U+{(int)s[0]:X4}",
        _ => $"`{s}`",
    };

    /// <summary>U+0009–U+000D, U+0020, ….</summary>
    private static IEnumerable<string> Ranges(string characters)
    {
        var codes = characters.Select(ch => (int)ch).Order().ToList();
        for (var i = 0; i < codes.Count;)
        {
            var j = i;
            while (j + 1 < codes.Count && codes[j + 1] == codes[j] + 1) j++;
            yield return j == i ? $"U+{codes[i]:X4}" : $"U+{codes[i]:X4}–U+{codes[j]:X4}";
            i = j + 1;
        }
    }
}
