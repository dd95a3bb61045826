using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Documents;
using DeepExam.Documents.Figures;

namespace DeepExam.Layout.Figures;

/// <summary>
/// Measures and draws a <see cref="Figure"/> as one unbreakable fragment: its panels side by side,
/// centred on a common middle line and in the column. A figure wider than the column is scaled down to
/// fit, down to <see cref="FigureStyle.MinimumScale"/>; wider still is a <see cref="LayoutException"/>
/// naming the figure. A figure with problems is drawn as its problems, in red. Thread-safe.
/// </summary>
public sealed class FigureLayout
{
    private readonly LayoutStyle _style;
    private readonly FigureStyle _figure;
    private readonly InlineLayout _inline;
    private readonly ConvVolumeDrawing _volumes;
    private readonly GridDrawing _grids;

    public FigureLayout(ITextMeasurer measurer, LayoutStyle style, FigureStyle? figure = null)
    {
        _style = style;
        _figure = figure ?? FigureStyle.Default;
        _inline = new InlineLayout(measurer, style);
        _volumes = new ConvVolumeDrawing(measurer, style, _figure);
        _grids = new GridDrawing(measurer, style, _figure);
    }

    /// <summary>Room above and below the drawing, in ems.</summary>
    private const double Margin = 0.3;

    public Fragment Layout(Figure figure, double width)
    {
        var what = What(figure);
        if (!figure.IsValid) return Problems(figure, width, what);
        // The grids of a figure share one cell size, so a kernel and the matrix it slides over look alike.
        var grids = new TypesetGrid?[figure.Panels.Length];
        double cellWidth = 0, cellHeight = 0;
        for (var i = 0; i < grids.Length; i++)
            if (figure.Panels[i] is GridPanel g)
            {
                var typeset = grids[i] = _grids.Typeset(g);
                cellWidth = Math.Max(cellWidth, typeset.CellWidth);
                cellHeight = Math.Max(cellHeight, typeset.CellHeight);
            }
        var drawings = new PanelDrawing[figure.Panels.Length];
        for (var i = 0; i < drawings.Length; i++)
            drawings[i] = figure.Panels[i] switch
            {
                ConvVolumePanel v => _volumes.Draw(v),
                GridPanel g => _grids.Draw(g, grids[i]!, cellWidth, cellHeight),
                var other => throw new ArgumentOutOfRangeException(nameof(figure), other, "unknown figure panel"),
            };
        var gap = _figure.PanelGap * _style.Em;
        var natural = drawings.Sum(p => p.Width) + gap * (drawings.Length - 1);
        var scale = natural > width ? width / natural : 1;
        if (scale < _figure.MinimumScale)
            throw new LayoutException(string.Create(CultureInfo.InvariantCulture,
                $"{what} is {natural:0.#}pt wide and the text column {width:0.#}pt; shrunk to fit, its numbers would be too small to read (it may shrink to {_figure.MinimumScale * 100:0}%)"));

        var middle = drawings.Max(p => p.Middle);
        var margin = Margin * _style.Em;
        var x = (width - natural * scale) / 2;
        var ops = ImmutableArray.CreateBuilder<DrawOp>();
        var bottom = 0.0;
        foreach (var drawing in drawings)
        {
            var dy = middle - drawing.Middle;
            bottom = Math.Max(bottom, dy + drawing.Height);
            foreach (var op in drawing.Ops)
                ops.Add(scale == 1
                    ? op.Offset(x - drawing.Left, dy - drawing.Top + margin)
                    : DrawOpScaling.Scale(op.Offset(-drawing.Left, dy - drawing.Top), scale).Offset(x, margin));
            x += (drawing.Width + gap) * scale;
        }
        var height = bottom * scale + 2 * margin;
        return new Fragment(width, height, margin, ops.ToImmutable(), what);
    }

    /// <summary>A bad figure: "Figure not drawn" and each problem, in red in a red frame, so no reader mistakes it for the drawing.</summary>
    private Fragment Problems(Figure figure, double width, string what)
    {
        var pad = 0.4 * _style.Em;
        var font = new TextFont(FontFace.Serif, _figure.LabelSize * _style.Em);
        var text = $"Figure not drawn: {string.Join("; ", figure.Problems)}";
        var lines = _inline.Lines([new TextRun(text)], font, Color.Error, width - 2 * pad, what);
        var body = Fragment.Stack([.. lines.Select(l => (l, 0.0))], width - 2 * pad, what);
        var ops = ImmutableArray.CreateBuilder<DrawOp>();
        ops.Add(new RectOp(new Rect(0.3, 0.3, width - 0.6, body.Height + 2 * pad - 0.6), 0.6, Color.Error, null));
        foreach (var op in body.Ops) ops.Add(op.Offset(pad, pad));
        return new Fragment(width, body.Height + 2 * pad, pad + body.Baseline, ops.ToImmutable(), what);
    }

    private static string What(Figure figure) => figure.IsValid
        ? $"the figure ({string.Join("; ", figure.Panels)})"
        : $"the figure '{BlockLayout.Abbreviate(figure.Source)}'";
}
