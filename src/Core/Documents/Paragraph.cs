using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>Running text: inline runs broken into lines by the layout.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Inlines) : Block
{
    public static Paragraph Of(params Inline[] inlines) => new([.. inlines]);
    public override string ToString() => string.Concat(Inlines);
}
