using System.Collections.Immutable;
using DeepExam.Documents;

namespace DeepExam.Composition;

/// <summary>A choice option as the variant shows it: its letter, its text and whether it is correct.</summary>
public sealed record OptionText(string Letter, ImmutableArray<Block> Text, bool Correct);
