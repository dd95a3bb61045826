namespace DeepExam.Diagnostics;

/// <summary>
/// One problem in an input file: <c>exercises/conv.yaml:12:15: error: [conv-volume] unknown function 'conv_outt'</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string? Subject, string Message)
{
    public override string ToString() =>
        $"{Location}: error: {(Subject is null ? "" : $"[{Subject}] ")}{Message}";
}
