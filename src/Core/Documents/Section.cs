using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>A named stretch of a document. Layout errors inside it start with <see cref="Name"/>, so they say which exercise failed.</summary>
public sealed record Section(string Name, ImmutableArray<Block> Blocks) : Block;
