using DeepExam.Documents.Math;

namespace DeepExam.Documents;

/// <summary>A displayed formula (<c>$$...$$</c>), centred on its own line.</summary>
public sealed record DisplayMath(string Source, MathNode Math) : Block
{
    public override string ToString() => $"$${Source}$$";
}
