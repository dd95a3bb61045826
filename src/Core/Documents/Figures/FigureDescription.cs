using System.Globalization;
using System.Text;
using DeepExam.Documents.Math;

namespace DeepExam.Documents.Figures;

/// <summary>
/// A figure in words, for readers who cannot see it (HTML alt text, a tagged PDF's alternative text): every
/// number the drawing shows is in the words, because a student needs the numbers, not only the shape.
/// Minus signs are real minus signs and cells are read row by row, 1-based as the exercises count.
/// </summary>
public static class FigureDescription
{
    public static string Of(Figure figure) => string.Join(" ", figure.Panels.Select(Of));

    public static string Of(FigurePanel panel) => panel switch
    {
        GridPanel grid => Grid(grid),
        ConvVolumePanel conv => Conv(conv),
        _ => throw new ArgumentOutOfRangeException(nameof(panel), panel.GetType().Name, "no description for this panel"),
    };

    private static string Grid(GridPanel grid)
    {
        var text = new StringBuilder();
        // The label in its linear form (max pooling, M′, x_(i,j)), not its TeX source (\text{max pooling}).
        var label = grid.Label is { } math ? MathLinearText.Of(math) : grid.LabelSource;
        text.Append(label.Length > 0 ? $"Grid {label}" : "A grid")
            .Append(CultureInfo.InvariantCulture, $", {grid.Rows} × {grid.Columns}");
        if (grid.Padding > 0)
            text.Append(CultureInfo.InvariantCulture, $", with {grid.Padding} {(grid.Padding == 1 ? "ring" : "rings")} of zero padding");
        text.Append(": ");
        for (var r = 0; r < grid.Rows; r++)
        {
            if (r > 0) text.Append("; ");
            text.Append(CultureInfo.InvariantCulture, $"row {r + 1}: ");
            for (var c = 0; c < grid.Columns; c++)
            {
                if (c > 0) text.Append(", ");
                var cell = grid.Cells[r * grid.Columns + c].Text.Replace('-', '−');
                text.Append(cell);
                if (grid.IsMarked(r + grid.Padding, c + grid.Padding)) text.Append(" (circled)");
            }
        }
        text.Append('.');
        if (grid.Shade is { } shade)
            text.Append(CultureInfo.InvariantCulture,
                $" Shaded: the {shade.Height} × {shade.Width} block from row {shade.Row + 1}, column {shade.Column + 1}{(grid.Padding > 0 ? " of the padded grid" : "")}.");
        if (grid.Windows is { } windows)
            text.Append(CultureInfo.InvariantCulture, $" Outlined: {windows.Height} × {windows.Width} windows with stride {windows.Stride}.");
        return text.ToString();
    }

    private static string Conv(ConvVolumePanel conv)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"A convolutional layer: an input volume {conv.Input} with a {conv.KernelHeight} × {conv.KernelWidth} receptive field through its whole depth");
        if (conv.Filters is { } filters)
            text.Append(CultureInfo.InvariantCulture, $", {filters} {(filters == 1 ? "filter" : "filters")}");
        if (conv.Output is { } output)
            text.Append(CultureInfo.InvariantCulture, $", giving an output volume {output}");
        return text.Append('.').ToString();
    }
}
