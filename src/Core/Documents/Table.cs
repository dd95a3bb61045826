using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>A table of inline cells. Header rows come first; <see cref="Alignments"/> has one entry per column.</summary>
public sealed record Table(ImmutableArray<TableRow> Rows, ImmutableArray<ColumnAlignment> Alignments) : Block
{
    public int ColumnCount => Rows.IsEmpty ? 0 : Rows.Max(r => r.Cells.Length);
    public override string ToString() => $"table {Rows.Length}×{ColumnCount}";
}
