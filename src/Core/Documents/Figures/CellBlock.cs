namespace DeepExam.Documents.Figures;

/// <summary>A rectangle of grid cells: <see cref="Height"/> × <see cref="Width"/> cells from (<see cref="Row"/>, <see cref="Column"/>), 0-based.</summary>
public sealed record CellBlock(int Row, int Column, int Height, int Width)
{
    public override string ToString() => $"{Height}x{Width} at ({Row}, {Column})";
}
