using System.Collections.Immutable;

namespace DeepExam.Diagnostics;

/// <summary>
/// Thrown by a pipeline stage when its input is unusable; carries every diagnostic so the command line
/// can print them all and exit non-zero.
/// </summary>
public sealed class InputException(ImmutableArray<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
