namespace DeepExam.Answers.Grammar;

/// <summary>
/// The characters that count as blank in an answer: around it (trimmed), between the cells of a row, and
/// in an answer with nothing else (unanswered). Exactly the characters .NET's <see cref="char.IsWhiteSpace(char)"/>
/// accepts, listed, because JavaScript's <c>\s</c> and <c>trim()</c> take a slightly different set
/// (U+FEFF but not U+0085) and the form's checker must agree with the grader character for character.
/// </summary>
public static class BlankCharacters
{
    /// <summary>Tab to carriage return, space, next line, no-break space, Ogham space, the typographic spaces, line and paragraph separators, narrow no-break, medium mathematical and ideographic space.</summary>
    public const string All = "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>The same as a regular-expression character class both engines read: "[\t-\r \u0085…]".</summary>
    public const string Class = @"[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";

    private static readonly char[] Characters = All.ToCharArray();

    public static bool Contains(char c) => All.Contains(c, StringComparison.Ordinal);

    /// <summary>The text without blanks at either end.</summary>
    public static string Trim(string text) => text.Trim(Characters);

    /// <summary>The text without blanks at its start.</summary>
    public static string TrimStart(string text) => text.TrimStart(Characters);

    /// <summary>Whether the text is empty or only blanks: an unanswered part.</summary>
    public static bool IsBlank(string text) => text.All(Contains);
}
