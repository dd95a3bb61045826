namespace DeepExam.Answers.Grammar;

/// <summary>
/// How options are named: by a letter ("B", "b", "(b)", "B.", group <c>l</c> of <see cref="Letter"/>), or by the
/// option's text compared lower-case, its blanks collapsed to single spaces and trailing <see cref="TextTrimEnd"/>
/// characters dropped. Several options are a list, a run of letters ("AC", at most one per option), or
/// picks split at <see cref="PickSeparators"/>.
/// </summary>
public sealed record ChoiceGrammar(string Letter, string TextTrimEnd, string LetterRun, string PickSeparators);
