using System.Collections.Immutable;

namespace DeepExam.Documents.Math;

/// <summary>A horizontal list of nodes. A braced group (<see cref="IsGroup"/>) counts as one ordinary atom, as <c>{,}</c> does in TeX.</summary>
public sealed record MathRow(ImmutableArray<MathNode> Items, bool IsGroup = false) : MathNode
{
    public static MathRow Empty { get; } = new([]);
    public override string ToString() => (IsGroup ? "{" : "") + string.Join(" ", Items) + (IsGroup ? "}" : "");
}
