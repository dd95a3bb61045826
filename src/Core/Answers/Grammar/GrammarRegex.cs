using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// The grammar's patterns compiled for .NET, read as JavaScript reads them (RegexOptions.ECMAScript). A
/// whole-text pattern is anchored with \z, not $: .NET's $ also matches before a final newline, JavaScript's does not.
/// </summary>
public static class GrammarRegex
{
    public static Regex Whole(string pattern) => new($@"^(?:{pattern})\z", RegexOptions.ECMAScript);

    public static Regex Anywhere(string pattern) => new(pattern, RegexOptions.ECMAScript);

    /// <summary>Each number form with its whole-text expression, in the order they are tried.</summary>
    public static readonly ImmutableArray<(NumberForm Form, Regex Regex)> NumberForms =
        [.. AnswerGrammar.Rules.Number.Forms.Select(f => (f, Whole(f.Pattern)))];

    public static readonly Regex ShapeSeparator = Anywhere(AnswerGrammar.Rules.List.ShapeSeparator);

    public static readonly Regex Letter = Whole(AnswerGrammar.Rules.Choice.Letter);

    public static readonly Regex LetterRun = Whole(AnswerGrammar.Rules.Choice.LetterRun);
}
