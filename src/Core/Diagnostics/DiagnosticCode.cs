namespace DeepExam.Diagnostics;

/// <summary>
/// The stable code of an error, such as DX1404, printed after "error" as Roslyn prints CS0103. Only
/// <see cref="DiagnosticCodes"/> makes them, so every code a diagnostic carries is one the registry lists and
/// docs/diagnostics.md documents (a test checks both).
/// </summary>
public sealed record DiagnosticCode
{
    internal DiagnosticCode(string id) => Id = id;

    /// <summary>DX and four digits: the area in the first two, the problem within it in the last two.</summary>
    public string Id { get; }

    public override string ToString() => Id;
}
