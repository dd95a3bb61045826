namespace DeepExam.Answers.Grammar;

/// <summary>The grammar's operations on typed text that every reader shares: normalising, cutting a quote, filling a message.</summary>
public static class GrammarText
{
    /// <summary>Trims blanks and applies the number grammar's replacements in order (a Unicode minus becomes '-', " / " becomes "/").</summary>
    public static string Normalize(string text)
    {
        var s = BlankCharacters.Trim(text);
        foreach (var r in AnswerGrammar.Rules.Number.Replacements) s = s.Replace(r.From, r.To, StringComparison.Ordinal);
        return s;
    }

    /// <summary>The text without any of the given characters.</summary>
    public static string Without(string text, string characters) =>
        characters.Length == 0 || text.AsSpan().IndexOfAny(characters) < 0 ? text : Removed(text, characters);

    // Apart, so that the common case above (nothing to remove; every number read passes here) allocates no closure.
    private static string Removed(string text, string characters) => string.Concat(text.Where(c => !characters.Contains(c, StringComparison.Ordinal)));

    /// <summary>A piece of the answer as a message quotes it: cut to the grammar's quote limit.</summary>
    public static string Quote(string text)
    {
        var limit = AnswerGrammar.Rules.QuoteLimit;
        return text.Length <= limit ? text : text[..(limit - 3)] + "...";
    }
}
