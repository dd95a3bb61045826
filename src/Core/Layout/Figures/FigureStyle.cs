namespace DeepExam.Layout.Figures;

/// <summary>
/// How figures look: greys for the faces of boxes and the lines of grids, one accent colour for what a
/// figure points at (the receptive field and the output column it feeds, a shaded window, marked values).
/// Sizes are in ems of the body size.
/// </summary>
public sealed record FigureStyle
{
    public static FigureStyle Default { get; } = new();

    public Color Ink { get; init; } = Color.Black;
    public Color Accent { get; init; } = new(33, 96, 168);
    public Color AccentTint { get; init; } = new(214, 227, 244);
    public Color AccentTintDark { get; init; } = new(178, 201, 232);
    public Color FrontFace { get; init; } = new(250, 250, 250);
    public Color TopFace { get; init; } = new(226, 226, 226);
    public Color SideFace { get; init; } = new(200, 200, 200);
    public Color GridLine { get; init; } = new(120, 120, 120);
    public Color PaddingInk { get; init; } = new(150, 150, 150);
    public Color Caption { get; init; } = Color.Gray;

    /// <summary>Dimension labels and grid labels, relative to the body size.</summary>
    public double LabelSize { get; init; } = 0.85;
    /// <summary>Numbers in grid cells, relative to the body size.</summary>
    public double CellSize { get; init; } = 0.9;
    /// <summary>Space between the panels of a figure, in ems.</summary>
    public double PanelGap { get; init; } = 2.2;
    /// <summary>
    /// A figure wider than the text column is scaled down, but not below this: smaller, its numbers
    /// would be too small to read, and the layout reports it instead.
    /// </summary>
    public double MinimumScale { get; init; } = 0.62;
}
