using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>One list entry: its marker ("1.", "•", "A") and its content.</summary>
public sealed record ListItem(string Marker, ImmutableArray<Block> Blocks)
{
    public override string ToString() => $"{Marker} {string.Join(" ", Blocks)}";
}
