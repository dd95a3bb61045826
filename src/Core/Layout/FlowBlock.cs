using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>Flow items that belong together (one student's part of a class document), under a name that says whose they are.</summary>
public sealed record FlowBlock(string Name, ImmutableArray<FlowItem> Items)
{
    public override string ToString() => $"{Name}: {Items.Length} items";
}
