namespace DeepExam.Runs;

/// <summary>How far a generation run is: <see cref="Done"/> of <see cref="Total"/> students written, in roster order.</summary>
public readonly record struct GenerationProgress(int Done, int Total)
{
    public override string ToString() => $"generated {Done}/{Total} students";
}
