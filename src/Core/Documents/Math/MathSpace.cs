namespace DeepExam.Documents.Math;

/// <summary>Explicit space in ems (\, \; \quad); negative for \!.</summary>
public sealed record MathSpace(double Em) : MathNode
{
    public override string ToString() => $"\\hspace{{{Em}em}}";
}
