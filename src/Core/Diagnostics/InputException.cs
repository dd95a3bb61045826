using System.Collections.Immutable;

namespace DeepExam.Diagnostics;

/// <summary>
/// Thrown by a pipeline stage when its input is unusable; carries every diagnostic so the command line
/// can print them all and exit non-zero. <see cref="Notes"/> says what the run did before it stopped
/// (such as cleaning up after an interrupted run), printed before the problems.
/// </summary>
public sealed class InputException(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> notes = default)
    : Exception(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public ImmutableArray<string> Notes { get; } = notes.IsDefault ? [] : notes;

    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
