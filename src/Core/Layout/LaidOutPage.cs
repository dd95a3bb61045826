using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>One page: its content (inside the margins) and its furniture (header and footer).</summary>
public sealed record LaidOutPage(int Number, ImmutableArray<PlacedFragment> Content, ImmutableArray<PlacedFragment> Furniture)
{
    public IEnumerable<PlacedFragment> All => Content.Concat(Furniture);
}
