using System.Collections.Immutable;
using DeepExam.Documents;

namespace DeepExam.Layout;

/// <summary>
/// Lays out a student's block of the instructor key densely: a shaded heading line (name, id, check
/// code, total), then every answer under a small label with its part and points, side by side in
/// reading order and wrapping to a further row when the line is full; a wider gap sets exercises
/// apart. A part drawn from a pool names its exercise in its label. Each row is one fragment and
/// the heading stays with the first. The answers are laid out by <see cref="BlockLayout"/>, as on
/// the solution sheet, then shrunk to the width they use. Immutable and thread-safe.
/// </summary>
public sealed class AnswerGridLayout(ITextMeasurer measurer, LayoutStyle style)
{
    private double Em => style.Em;
    private TextFont LabelFont => new(FontFace.SerifBold, style.NoteSize);
    private TextFont NoteFont => new(style.NoteFace, style.NoteSize);
    private double PartGap => 1.3 * Em;
    private double ExerciseGap => 2.4 * Em;
    private double LabelBaseline => 0.76 * style.NoteSize;

    /// <summary>
    /// One answer with its label. The ops are relative to the cell's left edge with the label's
    /// baseline (<see cref="Label"/>) or the answer's (<see cref="Answer"/>) at 0.
    /// </summary>
    private sealed record Cell(string Part, bool StartsExercise, double Width, double Above, double Below, ImmutableArray<DrawOp> Label, ImmutableArray<DrawOp> Answer, ImmutableArray<RoleSpan> Spans);

    public ImmutableArray<FlowItem> Flow(StudentKey key, double width)
    {
        var blocks = new BlockLayout(measurer, style);
        var cells = key.Exercises.SelectMany(e => e.Answers.Select((a, i) =>
            LayOut(a, i == 0, i == 0 && e.FromPool ? e.Name : "", blocks, width))).ToList();
        var items = ImmutableArray.CreateBuilder<FlowItem>();
        items.Add(new FlowItem(Heading(key, width), 1.2 * Em, KeepWithNext: true));
        foreach (var row in Rows(cells, width))
            items.Add(new FlowItem(Row(row, width, $"the answers {row[0].Part} to {row[^1].Part} of {key}"), items.Count == 1 ? 0.35 * Em : 0.55 * Em, false));
        return items.ToImmutable();
    }

    /// <summary>Name, id and check code on a shaded band, the total at the right; a long name is shortened.</summary>
    private Fragment Heading(StudentKey key, double width)
    {
        var nameFont = new TextFont(FontFace.SerifBold, style.SubheadingSize);
        var body = new TextFont(FontFace.Serif, style.BodySize);
        var codeFont = new TextFont(FontFace.SerifBold, style.BodySize);
        var height = 1.75 * Em;
        var baseline = (height + 0.76 * nameFont.Size - 0.24 * nameFont.Size) / 2;
        var pad = 0.45 * Em;
        var totalWidth = measurer.Width(key.TotalPoints, NoteFont);
        var tail = new (string Text, TextFont Font, Color Color)[]
        {
            (key.Id, body, style.TextColor),
            ("check code ", NoteFont, style.NoteColor),
            (key.CheckCode, codeFont, style.TextColor),
        };
        var tailWidth = 2 * Em + tail.Sum(t => measurer.Width(t.Text, t.Font));
        var name = Fit(key.Name, nameFont, width - 2 * pad - totalWidth - 1.2 * Em - tailWidth);

        var ops = new List<DrawOp> { new RectOp(new Rect(0, 0, width, height), 0, style.RuleColor, Color.Shade) };
        var x = pad + Text(ops, pad, baseline, name, nameFont, style.TextColor) + Em;
        for (var i = 0; i < tail.Length; i++)
            x += Text(ops, x, baseline, tail[i].Text, tail[i].Font, tail[i].Color) + (i == 0 ? Em : 0);
        Text(ops, width - pad - totalWidth, baseline, key.TotalPoints, NoteFont, style.NoteColor);
        // A student's band is a heading: the outline lists each student under it, by name and id.
        return new Fragment(width, height, baseline, [.. ops], $"the heading of {key}") { Role = new FragmentRole(FragmentKind.Heading, 2, $"{key.Name} ({key.Id})") };
    }

    /// <param name="exercise">The exercise's template id, when the label must say which was drawn from its pool.</param>
    private Cell LayOut(KeyAnswer answer, bool first, string exercise, BlockLayout blocks, double width)
    {
        var label = new List<DrawOp>();
        var x = Text(label, 0, 0, answer.Label, LabelFont, style.TextColor) + 0.3 * Em;
        var note = exercise.Length > 0 ? $"{answer.Points} · {exercise}" : answer.Points;
        x += Text(label, x, 0, Fit(note, NoteFont, width - x), NoteFont, style.NoteColor);

        var flow = new List<FlowItem>();
        foreach (var block in answer.Answer) blocks.Add(block, width, flow);
        var stacked = Fragment.Stack([.. flow.Select((f, i) => (f.Fragment, i == 0 ? 0 : f.SpaceBefore))], width, $"the answer {answer.Label}");
        var ops = stacked.Ops;
        var bounds = ops.IsEmpty ? new Rect(0, stacked.Baseline, 0, 0) : ops.Select(o => o.Bounds).Aggregate(Rect.Union);
        // Display math is centred in the column it was laid out for: it moves to the cell's left edge.
        return new Cell(
            answer.Label,
            first,
            Math.Max(x, bounds.Width),
            Math.Max(0.8 * Em, stacked.Baseline - bounds.Y),
            Math.Max(0.3 * Em, bounds.Bottom - stacked.Baseline),
            [.. label],
            [.. ops.Select(o => o.Offset(-bounds.X, -stacked.Baseline))],
            stacked.Spans);
    }

    /// <summary>The cells in reading order, as many to a row as fit.</summary>
    private List<List<Cell>> Rows(List<Cell> cells, double width)
    {
        var rows = new List<List<Cell>>();
        var x = 0.0;
        foreach (var cell in cells)
        {
            var gap = cell.StartsExercise ? ExerciseGap : PartGap;
            if (rows.Count == 0 || x + gap + cell.Width > width + 0.01)
            {
                rows.Add([]);
                x = -gap;
            }
            rows[^1].Add(cell);
            x += gap + cell.Width;
        }
        return rows;
    }

    /// <summary>A row: the labels on one baseline, the answers on another below the tallest answer's top.</summary>
    private Fragment Row(List<Cell> cells, double width, string what)
    {
        var answerBaseline = 1.3 * style.NoteSize + 0.15 * Em + cells.Max(c => c.Above);
        var ops = new List<DrawOp>();
        var spans = ImmutableArray.CreateBuilder<RoleSpan>();
        var x = 0.0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) x += cells[i].StartsExercise ? ExerciseGap : PartGap;
            foreach (var op in cells[i].Label) ops.Add(op.Offset(x, LabelBaseline));
            // The answer keeps what its pieces are (a formula is tagged with its source).
            spans.AddRange(cells[i].Spans.Select(s => s with { Start = s.Start + ops.Count }));
            foreach (var op in cells[i].Answer) ops.Add(op.Offset(x, answerBaseline));
            x += cells[i].Width;
        }
        return new Fragment(width, answerBaseline + cells.Max(c => c.Below), LabelBaseline, [.. ops], what) { Role = FragmentRole.Paragraph, Spans = spans.ToImmutable() };
    }

    /// <summary>Adds a text op and returns its width.</summary>
    private double Text(List<DrawOp> ops, double x, double baseline, string text, TextFont font, Color color)
    {
        if (text.Length == 0) return 0;
        var w = measurer.Width(text, font);
        ops.Add(new TextOp(x, baseline, text, font, color, w, 0.76 * font.Size, 0.24 * font.Size));
        return w;
    }

    /// <summary>The text, shortened with an ellipsis when it is wider than <paramref name="width"/>.</summary>
    private string Fit(string text, TextFont font, double width)
    {
        if (measurer.Width(text, font) <= width) return text;
        var cut = text.Length;
        while (cut > 0 && measurer.Width(string.Concat(text.AsSpan(0, cut), "…"), font) > width) cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
