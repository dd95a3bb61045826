using System.Collections.Immutable;

namespace DeepExam.Documents.Figures;

/// <summary>
/// A drawing asked for by a fenced block with the info string <c>figure</c>: one or more panels set side
/// by side (a convolution volume, grids of numbers). <see cref="Source"/> is the block's text, kept for
/// messages. A figure whose spec is wrong has <see cref="Problems"/> and no panels; it is drawn as its
/// problems, in red, never as a guess.
/// </summary>
public sealed record Figure(string Source, ImmutableArray<FigurePanel> Panels, ImmutableArray<FigureProblem> Problems) : Block
{
    public bool IsValid => Problems.IsEmpty;

    public override string ToString() => IsValid
        ? $"figure: {string.Join(", ", Panels)}"
        : $"bad figure: {string.Join("; ", Problems)}";
}
