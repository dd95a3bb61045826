using DeepExam.Documents.Math;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout.Figures;

/// <summary>
/// A grid's numbers typeset (row by row; <see cref="Zero"/> for padding cells) and the cell they need,
/// <see cref="CellWidth"/> × <see cref="CellHeight"/>: square unless a number is wide or tall. The grids of
/// one figure are drawn with their largest cell, so they match.
/// </summary>
internal sealed record TypesetGrid(MathBox[] Values, MathBox? Zero, double CellWidth, double CellHeight);
