using DeepExam.Documents.Figures;
using DeepExam.Documents.Math;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout.Figures;

/// <summary>
/// Draws a <see cref="GridPanel"/>: square cells sized for the widest number, numbers centred and
/// typeset as math (a true minus, stacked fractions), padding cells dashed with grey zeros, a shaded
/// window in the accent colour, pooling windows outlined, marked values circled, the label above.
/// </summary>
internal sealed class GridDrawing(ITextMeasurer measurer, LayoutStyle style, FigureStyle figure)
{
    private static readonly MathNode Zero = TexParser.Parse("0").Root;

    private double Em => style.Em;

    /// <summary>The grid's numbers typeset, and the cell they need: room around the widest and tallest, and for a circle when values are marked.</summary>
    public TypesetGrid Typeset(GridPanel grid)
    {
        var math = new MathTypesetter(measurer, figure.CellSize * Em);
        var values = new MathBox[grid.Cells.Length];
        double widest = 0, tallest = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = math.Typeset(grid.Cells[i].Math, MathStyle.Display);
            widest = Math.Max(widest, values[i].Width);
            tallest = Math.Max(tallest, values[i].Height);
        }
        var zero = grid.Padding > 0 ? math.Typeset(Zero, MathStyle.Display) : null;
        var size = math.BaseSize;
        // A marked value needs room for the ellipse around it, more the wider it is.
        var room = grid.Marks.IsEmpty ? 0.9 * size : 0.35 * widest + 1.4 * size;
        var square = 2.3 * size;
        return new TypesetGrid(values, zero, Math.Max(square, widest + room), Math.Max(square, tallest + 0.75 * size));
    }

    /// <summary>Draws the grid with cells <paramref name="cellWidth"/> × <paramref name="cellHeight"/> (at least what <paramref name="typeset"/> needs).</summary>
    public PanelDrawing Draw(GridPanel grid, TypesetGrid typeset, double cellWidth, double cellHeight)
    {
        var d = new DrawingBuilder(measurer);
        var rows = grid.DrawnRows;
        var columns = grid.DrawnColumns;
        var boxes = typeset.Values;
        var zero = typeset.Zero;
        var cw = Math.Max(cellWidth, typeset.CellWidth);
        var ch = Math.Max(cellHeight, typeset.CellHeight);

        // The label, centred above the grid.
        var top = 0.0;
        if (grid.Label is { } label)
        {
            var box = new MathTypesetter(measurer, Em).Typeset(label, MathStyle.Text);
            d.Math(box, (columns * cw - box.Width) / 2, box.Ascent, figure.Ink);
            top = box.Height + 0.45 * Em;
        }
        var left = 0.0;
        Rect Cell(int r, int c) => new(left + c * cw, top + r * ch, cw, ch);
        Rect Block(int r, int c, int h, int w) => new(left + c * cw, top + r * ch, w * cw, h * ch);

        // Fills first, lines over them, numbers last.
        if (grid.Shade is { } shade) d.Rectangle(Block(shade.Row, shade.Column, shade.Height, shade.Width), 0, figure.Accent, figure.AccentTint);
        GridLines(d, grid, cw, ch, left, top);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var value = grid.CellAt(r, c);
                var box = value is null ? zero! : boxes[(r - grid.Padding) * grid.Columns + c - grid.Padding];
                var at = Cell(r, c);
                // Centred on the cell: the ink's middle, (ascent - descent) / 2 above the baseline, on the cell's middle.
                var baseline = at.Y + ch / 2 + (box.Ascent - box.Descent) / 2;
                d.Math(box, at.X + (cw - box.Width) / 2, baseline, value is null ? figure.PaddingInk : figure.Ink);
                // A circle around a short number, an ellipse around a wide one, clear of its ink.
                if (grid.IsMarked(r, c))
                {
                    var radiusX = Math.Min(Math.Max(0.36 * ch, 0.58 * box.Width + 0.2 * figure.CellSize * Em), cw / 2 - 0.08 * ch);
                    d.Ellipse(new Point(at.X + cw / 2, at.Y + ch / 2), radiusX, 0.36 * ch, 0.9, figure.Accent);
                }
            }
        if (grid.Windows is { } windows)
            for (var r = 0; r + windows.Height <= rows; r += windows.Stride)
                for (var c = 0; c + windows.Width <= columns; c += windows.Stride)
                    // On the grid lines, so neighbouring windows share one heavy line.
                    d.Rectangle(Block(r, c, windows.Height, windows.Width), 1.6, figure.Accent, null);
        if (grid.Shade is { } s) d.Rectangle(Inset(Block(s.Row, s.Column, s.Height, s.Width), 0.8), 1.6, figure.Accent, null);
        return d.Build(0.9, middle: top + rows * ch / 2);
    }

    /// <summary>
    /// Solid lines between the values' cells (the values' outline a little heavier), dashed grey lines
    /// between padding cells; each run of one kind is one line.
    /// </summary>
    private void GridLines(DrawingBuilder d, GridPanel grid, double cw, double ch, double left, double top)
    {
        var rows = grid.DrawnRows;
        var columns = grid.DrawnColumns;
        var p = grid.Padding;
        bool IsValue(int r, int c) => r >= p && c >= p && r < p + grid.Rows && c < p + grid.Columns;
        var dash = 0.18 * ch;

        for (var r = 0; r <= rows; r++)
        {
            var start = 0;
            for (var c = 1; c <= columns; c++)
                if (c == columns || Kind(r, c) != Kind(r, start))
                {
                    Segment(Kind(r, start), new Point(left + start * cw, top + r * ch), new Point(left + c * cw, top + r * ch));
                    start = c;
                }

            // The edge above row r, beside column c: 2 on the values' outline, 1 inside the values, 0 among padding.
            int Kind(int row, int c) => (row > 0 && IsValue(row - 1, c), row < rows && IsValue(row, c)) switch
            {
                (true, true) => 1,
                (false, false) => 0,
                _ => 2,
            };
        }
        for (var c = 0; c <= columns; c++)
        {
            var start = 0;
            for (var r = 1; r <= rows; r++)
                if (r == rows || Kind(r, c) != Kind(start, c))
                {
                    Segment(Kind(start, c), new Point(left + c * cw, top + start * ch), new Point(left + c * cw, top + r * ch));
                    start = r;
                }

            int Kind(int r, int column) => (column > 0 && IsValue(r, column - 1), column < columns && IsValue(r, column)) switch
            {
                (true, true) => 1,
                (false, false) => 0,
                _ => 2,
            };
        }

        void Segment(int kind, Point from, Point to)
        {
            switch (kind)
            {
                case 0:
                    d.Line(from, to, 0.5, figure.PaddingInk, dash);
                    break;
                case 1:
                    d.Line(from, to, 0.5, figure.GridLine);
                    break;
                default:
                    d.Line(from, to, 0.9, figure.Ink);
                    break;
            }
        }
    }

    private static Rect Inset(Rect r, double by) => new(r.X + by, r.Y + by, r.Width - 2 * by, r.Height - 2 * by);
}
