namespace DeepExam.Documents.Figures;

/// <summary>
/// What is wrong with a figure's spec. <see cref="Figure"/> counts the figures of a text from 0 and
/// <see cref="Line"/> the lines of its body from 1, so <c>validate</c> can point at the template line.
/// </summary>
public sealed record FigureProblem(int Figure, int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
