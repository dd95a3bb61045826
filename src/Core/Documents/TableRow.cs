using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>A table row; each cell is a list of inlines.</summary>
public sealed record TableRow(bool IsHeader, ImmutableArray<ImmutableArray<Inline>> Cells);
