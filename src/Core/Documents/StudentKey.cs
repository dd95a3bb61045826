using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>One student's block of the instructor key: who they are, their check code and total, and every answer.</summary>
public sealed record StudentKey(string Name, string Id, string CheckCode, string TotalPoints, ImmutableArray<KeyExercise> Exercises)
{
    public override string ToString() => $"{Name} ({Id})";
}
