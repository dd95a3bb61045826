namespace DeepExam.Documents;

/// <summary>
/// Straight quotes of prose set as typographic ones, read from their neighbours as SmartyPants' original rules
/// do: a quote after a space or an opening bracket opens (“double”, ‘single’, nested too); one after a letter,
/// a digit or punctuation closes; a single quote after a letter or before a digit is an apostrophe (don’t,
/// the input’s, the students’, the ’90s). Markdig's SmartyPants extension was tried and left out: it leaves
/// apostrophes straight and pairs a quote that follows inline math as an opening one. Code and math never
/// come here, so their quotes stay straight. Idempotent: only straight quotes change.
/// </summary>
public static class TypographicQuotes
{
    /// <param name="text">A run of prose.</param>
    /// <param name="before">The character before the run, or a space at the start of a paragraph; a formula counts as a letter.</param>
    public static string Of(string text, char before)
    {
        if (text.AsSpan().IndexOfAny('\'', '"') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is not ('\'' or '"')) continue;
            var previous = i > 0 ? chars[i - 1] : before;
            // At the end of the run something else follows (a formula, emphasis), or the paragraph ends after a closing quote.
            var next = i + 1 < chars.Length ? chars[i + 1] : 'x';
            chars[i] = chars[i] == '"'
                ? (Opens(previous) && !char.IsWhiteSpace(next) ? '\u201C' : '\u201D')
                : char.IsLetterOrDigit(previous) || char.IsAsciiDigit(next) || !Opens(previous) || char.IsWhiteSpace(next) ? '\u2019' : '\u2018';
        }
        return new string(chars);
    }

    /// <summary>Whether a quote after this character opens: at the start, after a space, an opening bracket, a dash or another opening quote.</summary>
    private static bool Opens(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2018' or '\u201C' or '\u2013' or '\u2014' or '-' or '/';
}
