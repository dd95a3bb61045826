using System.Collections.Immutable;

namespace DeepExam.Documents.Math;

/// <summary>A parsed formula and the problems met parsing it (empty when everything is supported).</summary>
public sealed record TexParseResult(MathNode Root, ImmutableArray<TexProblem> Problems)
{
    public bool IsSupported => Problems.IsEmpty;
}
