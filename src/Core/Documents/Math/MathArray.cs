using System.Collections.Immutable;

namespace DeepExam.Documents.Math;

/// <summary>
/// Rows of cells: matrices and column vectors (entries right-aligned), cases, aligned equations.
/// <see cref="Alignments"/> is set for <c>array</c> ("l", "c", "r" per column) and empty otherwise.
/// </summary>
public sealed record MathArray(MathArrayKind Kind, ImmutableArray<ImmutableArray<MathNode>> Rows, ImmutableArray<char> Alignments) : MathNode
{
    public int ColumnCount => Rows.IsEmpty ? 0 : Rows.Max(r => r.Length);
    public override string ToString() => $"{Kind}[{string.Join(" \\\\ ", Rows.Select(r => string.Join(" & ", r)))}]";
}
