using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>A page filled by the <see cref="StreamingPaginator"/>: its content and the names of the blocks on it, in order.</summary>
public sealed record FilledPage(ImmutableArray<PlacedFragment> Content, ImmutableArray<string> Blocks);
