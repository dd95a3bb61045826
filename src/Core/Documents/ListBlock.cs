using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>A bulleted, numbered or lettered list; each item carries the marker it is shown with.</summary>
public sealed record ListBlock(ImmutableArray<ListItem> Items) : Block
{
    public override string ToString() => $"list of {Items.Length}";
}
