namespace DeepExam.Diagnostics;

/// <summary>
/// One problem in an input file, with its stable <see cref="Code"/> (one of <see cref="DiagnosticCodes"/>) after
/// "error", as Roslyn prints it: <c>exercises/conv.yaml:12:15: error DX1405: [conv-volume] unknown function 'conv_outt'</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string? Subject, string Message, DiagnosticCode Code)
{
    public override string ToString() =>
        $"{Location}: error {Code}: {(Subject is null ? "" : $"[{Subject}] ")}{Message}";
}
