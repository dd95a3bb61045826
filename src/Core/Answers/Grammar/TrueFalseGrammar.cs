using System.Collections.Immutable;

namespace DeepExam.Answers.Grammar;

/// <summary>The words read as true and as false, compared lower-case after trimming.</summary>
public sealed record TrueFalseGrammar(ImmutableArray<string> True, ImmutableArray<string> False);
