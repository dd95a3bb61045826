namespace DeepExam.Documents.Math;

/// <summary>A piece of TeX that could not be typeset as written: the command (or character) and why.</summary>
public sealed record TexProblem(string Command, string Message)
{
    public override string ToString() => $"{Command}: {Message}";
}
