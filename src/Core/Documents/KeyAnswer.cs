using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>One part in the instructor key: its label ("1.a"), its points ("2 pt") and its exact answer as blocks.</summary>
public sealed record KeyAnswer(string Label, string Points, ImmutableArray<Block> Answer)
{
    public override string ToString() => $"{Label} [{Points}] {string.Join(" ", Answer)}";
}
