using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// A heading, level 1 (the title) to 3, with an optional <see cref="Note"/> set small at the right of
/// its first line (an exercise's points). It is kept on the page of what follows it.
/// </summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Inlines, string Note = "") : Block
{
    public override string ToString() => $"h{Level}: {string.Concat(Inlines)}{(Note.Length > 0 ? $" [{Note}]" : "")}";
}
