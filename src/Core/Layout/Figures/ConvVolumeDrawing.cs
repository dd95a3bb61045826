using System.Globalization;
using DeepExam.Documents.Figures;

namespace DeepExam.Layout.Figures;

/// <summary>
/// Draws a <see cref="ConvVolumePanel"/>: the input volume as a box in oblique projection with the
/// receptive field of one output position as a column through its whole depth, and to the right the
/// output volume with the column of outputs (one per filter) that the field feeds, joined by lines.
/// Sides are drawn on a square-root scale, so a 224-pixel input and a 3-pixel kernel both stay
/// visible; the labels carry the true sizes.
/// </summary>
internal sealed class ConvVolumeDrawing(ITextMeasurer measurer, LayoutStyle style, FigureStyle figure)
{
    /// <summary>The longest side, in points.</summary>
    private const double LongestSide = 90;
    /// <summary>Points per square root of a unit, unless the longest side would grow past <see cref="LongestSide"/>.</summary>
    private const double Unit = 11.5;
    /// <summary>Where along its row the receptive field (and its output column) is drawn, from 0 (left) to 1 (right).</summary>
    private const double FieldPosition = 0.3;

    private double Em => style.Em;

    public PanelDrawing Draw(ConvVolumePanel panel)
    {
        var d = new DrawingBuilder(measurer);
        var label = new TextFont(FontFace.Serif, figure.LabelSize * Em);
        var caption = new TextFont(FontFace.SerifItalic, figure.LabelSize * Em);
        var input = panel.Input;
        var output = panel.Output;
        var longest = Math.Max(Math.Max(input.Height, input.Width), output is null ? 1 : Math.Max(output.Height, output.Width));
        var unit = Math.Min(Unit, LongestSide / Math.Sqrt(longest));
        double Side(int n) => Math.Max(unit * Math.Sqrt(n), 5);

        // The input volume and the receptive field at the top of its front face, through its whole depth.
        var (inDepthX, inDepthY) = DepthOffset(input.Depth);
        var inBox = new ObliqueBox(0, 0, Side(input.Width), Side(input.Height), inDepthX, inDepthY);
        var fieldWidth = Math.Min(Side(panel.KernelWidth), inBox.Width);
        var fieldHeight = Math.Min(Side(panel.KernelHeight), inBox.Height);
        var field = new ObliqueBox(inBox.X + FieldPosition * (inBox.Width - fieldWidth), inBox.Y, fieldWidth, fieldHeight, inDepthX, inDepthY);
        inBox.Draw(d, figure.FrontFace, figure.TopFace, figure.SideFace, figure.Ink, 0.7);
        d.Polygon(field.Top, 0.7, figure.Accent, figure.AccentTintDark);
        d.Polygon(field.Front, 0.7, figure.Accent, figure.AccentTint);
        Dimensions(d, inBox, input.Height, input.Width, input.Depth, label, heightOnLeft: true);
        var fieldLabel = $"{N(panel.KernelHeight)} × {N(panel.KernelWidth)}";
        d.Text(fieldLabel, label, figure.Accent, field.X + field.Width / 2 + inDepthX, inBox.Y - inDepthY - 0.4 * Em, Anchor.Center);
        if (panel.Filters is not { } filters)
        {
            d.Text("input", caption, figure.Caption, inBox.X + inBox.Width / 2, inBox.Bottom + 2.3 * label.Size, Anchor.Center);
            return d.Build(0.2 * Em);
        }

        // The output volume to the right, centred on the input's front face, with the column the field feeds.
        var (outDepthX, outDepthY) = DepthOffset(filters);
        var outWidth = output is null ? 0.8 * inBox.Width : Side(output.Width);
        var outHeight = output is null ? 0.8 * inBox.Height : Side(output.Height);
        var gap = Math.Max(3.6 * Em, inDepthX + 2.2 * Em);
        // Lower than the input's top, so the line from the field's top corner leaves the input's top edge at once.
        var drop = Math.Max((inBox.Height - outHeight) / 2, 0.2 * inBox.Height);
        var outBox = new ObliqueBox(inBox.Right + inDepthX + gap, inBox.Y + drop, outWidth, outHeight, outDepthX, outDepthY);
        // One output position: to scale when the output's size is known (all of a 1×1 output), else a small square.
        var cell = Math.Min(Side(1), output is null ? 0.3 * Math.Min(outWidth, outHeight) : Math.Min(outWidth, outHeight));
        var column = new ObliqueBox(outBox.X + FieldPosition * (outBox.Width - cell), outBox.Y, cell, cell, outDepthX, outDepthY);
        outBox.Draw(d, figure.FrontFace, figure.TopFace, figure.SideFace, figure.Ink, 0.7);
        d.Polygon(column.Top, 0.7, figure.Accent, figure.Accent);
        d.Polygon(column.Front, 0.7, figure.Accent, figure.Accent);

        // The field feeds the column: lines from the right corners of its front face to the left ones of the column's.
        d.Line(new Point(field.Right, field.Y), new Point(column.X, column.Y), 0.6, figure.Accent);
        d.Line(new Point(field.Right, field.Bottom), new Point(column.X, column.Bottom), 0.6, figure.Accent);

        if (output is not null) Dimensions(d, outBox, output.Height, output.Width, output.Depth, label, heightOnLeft: false);
        else DepthLabel(d, outBox, filters, label);
        // Both names on one line, below the lower box.
        var captions = Math.Max(inBox.Bottom, outBox.Bottom) + 2.3 * label.Size;
        d.Text("input", caption, figure.Caption, inBox.X + inBox.Width / 2, captions, Anchor.Center);
        d.Text("output", caption, figure.Caption, outBox.X + outBox.Width / 2, captions, Anchor.Center);
        return d.Build(0.2 * Em);
    }

    /// <summary>The depth drawn up and to the right at 45°, on a square-root scale within limits that keep a box readable.</summary>
    private (double X, double Y) DepthOffset(int depth)
    {
        var length = Math.Clamp(5.0 * Math.Sqrt(depth), 0.7 * Em, 4.6 * Em);
        return (length * 0.7071, length * 0.7071);
    }

    /// <summary>Height beside the front face (left of it, or right of the box), width below it, depth at the floor edge.</summary>
    private void Dimensions(DrawingBuilder d, ObliqueBox box, int height, int width, int depth, TextFont font, bool heightOnLeft)
    {
        var mid = 0.3 * font.Size;
        if (heightOnLeft) d.Text(N(height), font, figure.Ink, box.X - 0.35 * Em, box.Y + box.Height / 2 + mid, Anchor.Right);
        else d.Text(N(height), font, figure.Ink, box.Right + box.DepthX + 0.35 * Em, box.Y - box.DepthY + box.Height / 2 + mid, Anchor.Left);
        d.Text(N(width), font, figure.Ink, box.X + box.Width / 2, box.Bottom + 1.05 * font.Size, Anchor.Center);
        DepthLabel(d, box, depth, font);
    }

    private void DepthLabel(DrawingBuilder d, ObliqueBox box, int depth, TextFont font)
    {
        var at = box.DepthEdgeMiddle;
        d.Text(N(depth), font, figure.Ink, at.X + 0.3 * Em, at.Y + 0.95 * font.Size, Anchor.Left);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
