using System.Collections.Immutable;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// What one number may look like: the text is trimmed of blanks and normalised by <see cref="Replacements"/>
/// (in order, each replacing every occurrence), then read by the first of <see cref="Forms"/> that matches
/// all of it. Longer texts than <see cref="MaxLength"/> are not numbers.
/// </summary>
public sealed record NumberGrammar(int MaxLength, ImmutableArray<TextReplacement> Replacements, ImmutableArray<NumberForm> Forms);
