namespace DeepExam.Answers.Grammar;

/// <summary>
/// How a list is written in text: bracketed and nested ("[[1, 2], [3, 4]]", "(5, 28, 28)"), its sizes
/// joined by a shape separator ("28x28x5"), or as rows ("1 2; 3 4", or one row per line) whose cells are
/// split at blanks and commas. Every comma separates entries, so an entry never holds one.
/// </summary>
/// <param name="Openers">The opening brackets, each closed by the character at the same place in <paramref name="Closers"/>.</param>
/// <param name="Separator">Between the items of a bracketed list, and between the cells of a row.</param>
/// <param name="MaxNesting">How deep bracketed lists may nest before the text is refused.</param>
/// <param name="MaxRank">How deep the lists of a vector, matrix or tensor answer may nest (the largest tensor rank).</param>
/// <param name="ShapeSeparator">The expression between the sizes of a shape or tuple written "28x28x5" (found anywhere in a text without commas).</param>
/// <param name="RowSeparators">Characters that end a row of a matrix or tensor written as text.</param>
/// <param name="Example">The example a message about a shape or tuple gives when the part names no components.</param>
public sealed record ListGrammar(string Openers, string Closers, char Separator, int MaxNesting, int MaxRank, string ShapeSeparator, string RowSeparators, string Example);
