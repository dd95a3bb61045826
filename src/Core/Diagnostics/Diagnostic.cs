namespace DeepExam.Diagnostics;

/// <summary>
/// One problem in an input file: <c>exercises/conv.yaml:12:15: error: [conv-volume] unknown function 'conv_outt'</c>.
/// A diagnostic with a <see cref="Code"/> (one of <see cref="DiagnosticCodes"/>) shows it after "error", as Roslyn does:
/// <c>exercises/x.yaml:8:12: error DX0101: [x] no variant met the constraints …</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, string? Subject, string Message, string? Code = null)
{
    public override string ToString() =>
        $"{Location}: error{(Code is null ? "" : " " + Code)}: {(Subject is null ? "" : $"[{Subject}] ")}{Message}";
}
