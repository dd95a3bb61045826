using System.Collections.Immutable;

namespace DeepExam.Layout.Figures;

/// <summary>
/// One panel of a figure drawn at its natural size, <see cref="Width"/> × <see cref="Height"/>. Its ops are
/// in the coordinates they were drawn in, whose top left is (<see cref="Left"/>, <see cref="Top"/>): the
/// figure moves each op once, to its final place. The panels of a figure are set with their
/// <see cref="Middle"/> lines (from the top) level, so the middles of grids of equal height line up
/// whatever their labels.
/// </summary>
public sealed record PanelDrawing(double Left, double Top, double Width, double Height, double Middle, ImmutableArray<DrawOp> Ops);
