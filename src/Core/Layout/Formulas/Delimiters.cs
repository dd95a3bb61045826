using System.Collections.Immutable;
using DeepExam.Documents.Math;
using static System.Math;

namespace DeepExam.Layout.Formulas;

/// <summary>
/// Delimiters of any height, centred on the math axis. Up to about a line they are the font's
/// glyphs; taller ones (around matrices, fractions) are drawn with lines and curves, which keeps
/// them crisp at every size without needing a font's extensible pieces.
/// </summary>
public static class Delimiters
{
    /// <param name="delimiter">One character, or "" for none (TeX's <c>.</c>).</param>
    /// <param name="total">The height to cover, in points.</param>
    /// <param name="em">The size of the surrounding math.</param>
    public static MathBox Draw(string delimiter, double total, double em, Color color, MathTypesetter typesetter)
    {
        if (delimiter.Length == 0) return MathBox.Empty(0.12 * em);
        var axis = MathTypesetter.AxisHeight * em;
        if (total <= 1.1 * em || !IsDrawable(delimiter[0]))
        {
            // DejaVu Serif has every delimiter's glyph but ∖ (\backslash), which the sans face has.
            var font = new TextFont(delimiter == "∖" ? FontFace.Sans : FontFace.Serif, em);
            var width = typesetter.Measurer.Width(delimiter, font);
            var (h, d) = GlyphExtents.Of(delimiter);
            return new MathBox(width, h * em, d * em, [new TextOp(0, 0, delimiter, font, color, width, h * em, d * em)], []);
        }

        var top = -axis - total / 2;
        var bottom = -axis + total / 2;
        var t = Max(0.055 * em, 0.45) * Min(1.5, 1 + (total / em - 1) * 0.08);
        var ops = ImmutableArray.CreateBuilder<DrawOp>();
        double boxWidth;
        switch (delimiter[0])
        {
            case '[' or ']' or '⌊' or '⌋' or '⌈' or '⌉':
            {
                boxWidth = 0.38 * em;
                var opening = delimiter[0] is '[' or '⌊' or '⌈';
                var stem = opening ? 0.12 * em : boxWidth - 0.12 * em;
                var arm = opening ? stem + 0.2 * em : stem - 0.2 * em;
                ops.Add(new LineOp(new Point(stem, top), new Point(stem, bottom), t, color));
                if (delimiter[0] is '[' or ']' or '⌈' or '⌉')
                    ops.Add(new LineOp(new Point(stem + (opening ? -t / 2 : t / 2), top + t / 2), new Point(arm, top + t / 2), t, color));
                if (delimiter[0] is '[' or ']' or '⌊' or '⌋')
                    ops.Add(new LineOp(new Point(stem + (opening ? -t / 2 : t / 2), bottom - t / 2), new Point(arm, bottom - t / 2), t, color));
                break;
            }
            case '|' or '‖' or '∣':
            {
                var two = delimiter[0] == '‖';
                boxWidth = (two ? 0.4 : 0.28) * em;
                var xs = two ? new[] { 0.12 * em, boxWidth - 0.12 * em } : new[] { boxWidth / 2 };
                foreach (var x in xs) ops.Add(new LineOp(new Point(x, top), new Point(x, bottom), t, color));
                break;
            }
            case '(' or ')':
            {
                var bulge = Min(0.32 * em, 0.16 * em + total * 0.035);
                boxWidth = bulge + 0.22 * em;
                var opening = delimiter[0] == '(';
                var outer = opening ? boxWidth - 0.08 * em : 0.08 * em;
                var inner = opening ? outer - bulge : outer + bulge;
                var span = bottom - top;
                ops.Add(new CurveOp(new Point(outer, top), new Point(inner, top + span * 0.25), new Point(inner, bottom - span * 0.25), new Point(outer, bottom), t * 1.1, color));
                break;
            }
            case '{' or '}':
            {
                boxWidth = 0.5 * em;
                var opening = delimiter[0] == '{';
                var tip = opening ? 0.07 * em : boxWidth - 0.07 * em;
                var stem = boxWidth / 2;
                var end = opening ? boxWidth - 0.07 * em : 0.07 * em;
                var middle = (top + bottom) / 2;
                var q = Min(0.25 * em, (bottom - top) * 0.12);
                ops.Add(new CurveOp(new Point(end, top), new Point(stem, top), new Point(stem, top), new Point(stem, top + q), t, color));
                ops.Add(new LineOp(new Point(stem, top + q), new Point(stem, middle - q), t, color));
                ops.Add(new CurveOp(new Point(stem, middle - q), new Point(stem, middle), new Point(stem, middle), new Point(tip, middle), t, color));
                ops.Add(new CurveOp(new Point(tip, middle), new Point(stem, middle), new Point(stem, middle), new Point(stem, middle + q), t, color));
                ops.Add(new LineOp(new Point(stem, middle + q), new Point(stem, bottom - q), t, color));
                ops.Add(new CurveOp(new Point(stem, bottom - q), new Point(stem, bottom), new Point(stem, bottom), new Point(end, bottom), t, color));
                break;
            }
            case '⟨' or '⟩':
            {
                boxWidth = Min(0.5 * em, 0.25 * em + total * 0.08);
                var opening = delimiter[0] == '⟨';
                var point = opening ? 0.08 * em : boxWidth - 0.08 * em;
                var ends = opening ? boxWidth - 0.08 * em : 0.08 * em;
                var middle = (top + bottom) / 2;
                ops.Add(new LineOp(new Point(ends, top), new Point(point, middle), t, color));
                ops.Add(new LineOp(new Point(point, middle), new Point(ends, bottom), t, color));
                break;
            }
            default: // '/' and '∖'
            {
                boxWidth = Min(0.8 * em, total * 0.35);
                var forward = delimiter[0] == '/';
                ops.Add(new LineOp(new Point(forward ? boxWidth - 0.05 * em : 0.05 * em, top), new Point(forward ? 0.05 * em : boxWidth - 0.05 * em, bottom), t, color));
                break;
            }
        }
        return new MathBox(boxWidth, -top + t / 2, bottom + t / 2, ops.ToImmutable(), []);
    }

    private static bool IsDrawable(char c) => c is '[' or ']' or '⌊' or '⌋' or '⌈' or '⌉' or '|' or '‖' or '∣' or '(' or ')' or '{' or '}' or '⟨' or '⟩' or '/' or '∖';
}
