using DeepExam.Documents.Math;

namespace DeepExam.Documents;

/// <summary>
/// Inline math (<c>$...$</c>): the TeX source, kept for messages, and its parsed tree. The tree is always the
/// parse of the source, so two runs with one source are one formula (the layout keeps lines by their sources).
/// </summary>
public sealed record MathRun(string Source, MathNode Math) : Inline
{
    public override string ToString() => $"${Source}$";
}
