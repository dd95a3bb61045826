using System.Collections.Immutable;
using DeepExam.Documents.Math;

namespace DeepExam.Documents;

/// <summary>
/// The one model every output is a view of: blocks of text and math, and the TeX problems
/// (unsupported commands) found while building it, which are also drawn in red where they occur.
/// </summary>
public sealed record Document(ImmutableArray<Block> Blocks, ImmutableArray<TexProblem> Problems)
{
    public static Document Empty { get; } = new([], []);
}
