using System.Collections.Immutable;
using DeepExam.Documents.Math;

namespace DeepExam.Documents.Figures;

/// <summary>
/// A small matrix drawn as a grid of cells, with an optional math <see cref="Label"/> above it.
/// <see cref="Padding"/> rings of zeros are drawn around the values, dashed and grey. Positions of
/// <see cref="Shade"/> (one window, filled) and <see cref="Windows"/> (outlined) count in the drawn grid,
/// padding included; <see cref="Marks"/> (one flag per value, row by row) circles values, such as the
/// maximum of each pooling window.
/// </summary>
public sealed record GridPanel(
    string LabelSource,
    MathNode? Label,
    int Rows,
    int Columns,
    ImmutableArray<GridCell> Cells,
    int Padding,
    CellBlock? Shade,
    PoolingWindows? Windows,
    ImmutableArray<bool> Marks) : FigurePanel
{
    public int DrawnRows => Rows + 2 * Padding;
    public int DrawnColumns => Columns + 2 * Padding;

    /// <summary>The value at a drawn position, or null for a padding cell.</summary>
    public GridCell? CellAt(int drawnRow, int drawnColumn)
    {
        var r = drawnRow - Padding;
        var c = drawnColumn - Padding;
        return r < 0 || c < 0 || r >= Rows || c >= Columns ? null : Cells[r * Columns + c];
    }

    public bool IsMarked(int drawnRow, int drawnColumn)
    {
        var r = drawnRow - Padding;
        var c = drawnColumn - Padding;
        return !Marks.IsEmpty && r >= 0 && c >= 0 && r < Rows && c < Columns && Marks[r * Columns + c];
    }

    public override string ToString() =>
        $"grid {Rows}×{Columns}{(LabelSource.Length > 0 ? $" '{LabelSource}'" : "")}{(Padding > 0 ? $", padding {Padding}" : "")}";
}
