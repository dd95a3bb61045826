namespace DeepExam.Documents.Math;

/// <summary>A piece of TeX that could not be typeset as written: the command (or character), why, and which kind of problem it is.</summary>
public sealed record TexProblem(string Command, string Message, TexProblemKind Kind = TexProblemKind.Malformed)
{
    public override string ToString() => $"{Command}: {Message}";
}
