using System.Collections.Immutable;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// The one grammar of what a student may write: numbers, lists, options and true/false, and how each
/// answer kind reads its text. Plain data: the grader runs it (DeepExam.Grading.Answers), and the
/// answer form embeds it as JSON for its checker (<see cref="AnswerGrammar.CheckerScript"/>). Every
/// pattern is written in the regular-expression syntax .NET and JavaScript read alike.
/// </summary>
/// <param name="Blank">The blank characters (<see cref="BlankCharacters.All"/>).</param>
/// <param name="QuoteLimit">A piece of the answer quoted in a message longer than this is cut, ending "...".</param>
public sealed record AnswerGrammarRules(
    string Blank,
    int QuoteLimit,
    NumberGrammar Number,
    ListGrammar List,
    ChoiceGrammar Choice,
    TrueFalseGrammar TrueFalse,
    ImmutableArray<KindGrammar> Kinds,
    GrammarMessages Messages);
