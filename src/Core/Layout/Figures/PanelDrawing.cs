using System.Collections.Immutable;

namespace DeepExam.Layout.Figures;

/// <summary>
/// One panel of a figure drawn at its natural size: ops relative to the top left of its <see cref="Width"/> ×
/// <see cref="Height"/> box. The panels of a figure are set with their <see cref="Middle"/> lines level: the
/// middles of grids of equal height line up whatever their labels.
/// </summary>
public sealed record PanelDrawing(double Width, double Height, double Middle, ImmutableArray<DrawOp> Ops);
