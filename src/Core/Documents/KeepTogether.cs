using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// Blocks that go on one page when they fit on one: a part's prompt with its answer box. With
/// <see cref="WithNext"/> they also stay with the block that follows: an exercise's heading and
/// statement with its first part.
/// </summary>
public sealed record KeepTogether(ImmutableArray<Block> Blocks, bool WithNext = false) : Block;
