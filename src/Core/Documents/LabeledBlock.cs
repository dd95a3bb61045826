using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// Content with a hanging label on the left ("(a)") and a note on the right of its first line
/// ("2 points"): how an exam part is set.
/// </summary>
public sealed record LabeledBlock(string Label, string Note, ImmutableArray<Block> Blocks) : Block
{
    public override string ToString() => $"{Label} [{Note}] {string.Join(" ", Blocks)}";
}
