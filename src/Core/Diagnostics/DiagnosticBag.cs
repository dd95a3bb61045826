using System.Collections.Immutable;

namespace DeepExam.Diagnostics;

/// <summary>Collects every problem found in a file, so one run reports them all rather than the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public string? Subject { get; set; }

    public bool HasErrors => _items.Count > 0;
    public int Count => _items.Count;

    public void Error(SourceLocation location, string message, DiagnosticCode code) => _items.Add(new Diagnostic(location, Subject, message, code));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
