using DeepExam.Documents.Math;

namespace DeepExam.Documents;

/// <summary>Inline math (<c>$...$</c>): the TeX source, kept for messages, and its parsed tree.</summary>
public sealed record MathRun(string Source, MathNode Math) : Inline
{
    public override string ToString() => $"${Source}$";
}
