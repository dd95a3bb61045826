using DeepExam.Documents.Math;

namespace DeepExam.Layout.Figures;

/// <summary>
/// A grid's numbers typeset (row by row; <see cref="Zero"/> for padding cells) and the side of the
/// square cell they need. The grids of one figure are drawn with their largest cell, so they match.
/// </summary>
internal sealed record TypesetGrid(MathBox[] Values, MathBox? Zero, double Cell);
