using System.Collections.Immutable;
using System.Text;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Documents.Math;
using DeepExam.Layout.Figures;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout;

/// <summary>
/// Measures the blocks of a document for a column width and turns them into the page flow: a list
/// of unbreakable fragments with the space before each and whether it must stay with the next.
/// Paragraphs break between lines, tables between rows; formulas, answer boxes and headings do not
/// break. Content wider than the column is an error that names it.
/// </summary>
public sealed class BlockLayout
{
    private readonly ITextMeasurer _measurer;
    private readonly LayoutStyle _style;
    private readonly InlineLayout _inline;
    private readonly MathTypesetter _math;
    private readonly FigureLayout _figures;

    public BlockLayout(ITextMeasurer measurer, LayoutStyle style)
    {
        _measurer = measurer;
        _style = style;
        _inline = new InlineLayout(measurer, style);
        _math = new MathTypesetter(measurer, style.BodySize);
        _figures = new FigureLayout(measurer, style);
    }

    private const string ParagraphPrefix = "the paragraph ";

    private double Em => _style.Em;
    private TextFont Body => new(FontFace.Serif, _style.BodySize);

    public ImmutableArray<FlowItem> Flow(ImmutableArray<Block> blocks, double width)
    {
        var items = new List<FlowItem>();
        foreach (var block in blocks) Add(block, width, items);
        return [.. items];
    }

    public void Add(Block block, double width, List<FlowItem> into)
    {
        switch (block)
        {
            case Paragraph p:
                AddLines(_inline.Lines(p.Inlines, Body, _style.TextColor, width, $"{ParagraphPrefix}'{AbbreviatedText(p)}'"), _style.ParagraphGap * Em, into, FragmentRole.Paragraph);
                break;
            case Heading h:
                AddHeading(h, width, into);
                break;
            case DisplayMath d:
                // As in TeX, a page never breaks just before a display: the text leading to it stays with it.
                if (into.Count > 0 && into[^1].Fragment.Role.Kind == FragmentKind.Paragraph)
                    into[^1] = into[^1] with { KeepWithNext = true };
                AddDisplay(d, width, into);
                break;
            case Figure f:
                // A figure never splits, and like a display it stays with the text leading to it.
                if (into.Count > 0 && into[^1].Fragment.Role.Kind == FragmentKind.Paragraph)
                    into[^1] = into[^1] with { KeepWithNext = true };
                into.Add(new FlowItem(_figures.Layout(f, width).As(new FragmentRole(FragmentKind.Figure, Text: FigureDescription.Of(f))), _style.ParagraphGap * Em, false));
                break;
            case ListBlock l:
                AddList(l, width, into);
                break;
            case LabeledBlock l:
                AddLabeled(l, width, into);
                break;
            case AnswerBox a:
                into.Add(new FlowItem(AnswerBoxFragment(a, width), _style.ParagraphGap * Em, false));
                break;
            case Table t:
                // The text that introduces a table ("The shapes, layer by layer:") stays with its first rows.
                if (into.Count > 0 && into[^1].Fragment.Role.Kind == FragmentKind.Paragraph)
                    into[^1] = into[^1] with { KeepWithNext = true };
                AddTable(t, width, into);
                break;
            case CodeBlock c:
                AddCode(c, width, into);
                break;
            case Rule:
                into.Add(new FlowItem(new Fragment(width, 0.8 * Em, 0, [new LineOp(new Point(0, 0.4 * Em), new Point(width, 0.4 * Em), 0.5, _style.RuleColor)], "a rule") { Role = FragmentRole.Artifact }, _style.ParagraphGap * Em, false));
                break;
            case KeepTogether k:
            {
                var start = into.Count;
                foreach (var child in k.Blocks) Add(child, width, into);
                var last = k.WithNext ? into.Count : into.Count - 1;
                var height = 0.0;
                for (var i = start; i < into.Count; i++) height += (i == start ? 0 : into[i].SpaceBefore) + into[i].Fragment.Height;
                for (var i = start; i < last; i++)
                    if (!into[i].KeepWithNext) into[i] = into[i] with { KeepWithNext = true, KeptByBlockOf = height };
                break;
            }
            case Section s:
                try
                {
                    foreach (var child in s.Blocks) Add(child, width, into);
                }
                catch (LayoutException e)
                {
                    throw e.Within(s.Name);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "unknown block");
        }
    }

    /// <summary>Lines of a paragraph: no single first or last line is left alone at a page break.</summary>
    private static void AddLines(ImmutableArray<Fragment> lines, double spaceBefore, List<FlowItem> into, FragmentRole role)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var keep = lines.Length > 1 && (i == 0 || i == lines.Length - 2);
            into.Add(new FlowItem(lines[i].As(i == 0 ? role : role.Continued), i == 0 ? spaceBefore : 0, keep));
        }
    }

    private void AddHeading(Heading h, double width, List<FlowItem> into)
    {
        var size = h.Level switch { 1 => _style.TitleSize, 2 => _style.HeadingSize, _ => _style.SubheadingSize };
        var noteFont = new TextFont(_style.NoteFace, _style.NoteSize);
        var noteWidth = h.Note.Length == 0 ? 0 : _measurer.Width(h.Note, noteFont);
        var reserved = noteWidth == 0 ? 0 : noteWidth + 0.8 * Em;
        var lines = _inline.Lines(h.Inlines, new TextFont(_style.HeadingFace, size), _style.TextColor, width - reserved, $"the heading '{Abbreviate(h.ToString())}'");
        var role = new FragmentRole(FragmentKind.Heading, h.Level, PlainText(h.Inlines));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i] with { Width = width, Role = i == 0 ? role : role.Continued };
            if (i == 0 && noteWidth > 0)
                line = line.With([Note(h.Note, noteFont, width - noteWidth, line.Baseline, noteWidth)]);
            into.Add(new FlowItem(line, i == 0 ? (h.Level == 1 ? 0 : 1.1 * Em) : 0, true));
        }
    }

    /// <summary>Inline content as plain text (math in its linear form), for an outline entry or a heading's tag.</summary>
    private static string PlainText(ImmutableArray<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        MathRun m => MathLinearText.Of(m.Math),
        _ => " ",
    }));

    private TextOp Note(string text, TextFont font, double x, double baseline, double width) =>
        new(x, baseline, text, font, _style.NoteColor, width, 0.76 * font.Size, 0.24 * font.Size);

    private void AddDisplay(DisplayMath d, double width, List<FlowItem> into)
    {
        var pad = 0.2 * Em;
        var box = _math.Typeset(d.Math, MathStyle.Display);
        if (box.Width <= width)
        {
            into.Add(new FlowItem(DisplayLine(box, (width - box.Width) / 2, width, pad, d, false), _style.DisplayGap * Em, false));
            return;
        }
        // Too wide for one line: break before relations and operators. Continuation lines start with
        // their relation set under the first line's first relation, as in an aligned environment (an
        // operator one quad further in); when that relation sits too far right, they are indented 2em.
        var chunks = _math.TypesetBreakable(d.Math, MathStyle.Display);
        var quad = Em;
        var lines = new List<List<MathChunk>>();
        var relationX = -1.0;
        var relationIndex = -1;
        var lineStart = 0;
        while (lineStart < chunks.Length)
        {
            var available = width - (lines.Count == 0 ? 0 : ContinuationLeft(chunks[lineStart].StartsAtRelation));
            if (chunks[lineStart].Box.Width > available)
                throw new LayoutException($"the formula '{Abbreviate(d.Source)}' is {box.Width:0.#}pt wide and cannot be broken to fit the {width:0.#}pt text column (a piece of it is {chunks[lineStart].Box.Width:0.#}pt wide)");
            // Fill the line; when a piece overflows it, end the line before the piece where breaking
            // costs least, with the penalties of inline math: a relation before an operator, a full line before both.
            var x = chunks[lineStart].Box.Width;
            var end = lineStart + 1;
            var bestCost = double.MaxValue;
            var best = -1;
            for (; end < chunks.Length; end++)
            {
                var chunk = chunks[end];
                var empty = Math.Max(0, available - x) / available;
                var cost = (chunk.StartsAtRelation ? 500 : 700) + 10000 * empty * empty * empty;
                if (cost <= bestCost) { bestCost = cost; best = end; }
                if (x + chunk.GapBefore + chunk.Box.Width > available) break;
                if (lines.Count == 0 && relationX < 0 && chunk.StartsAtRelation) (relationX, relationIndex) = (x + chunk.GapBefore, end);
                x += chunk.GapBefore + chunk.Box.Width;
            }
            if (end < chunks.Length) end = best;
            // The first line's first relation is where the others align, if it stayed on that line.
            if (lines.Count == 0 && relationIndex >= end) relationX = -1;
            lines.Add([.. chunks[lineStart..end]]);
            lineStart = end;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var children = ImmutableArray.CreateBuilder<PlacedMathBox>();
            double cx = 0, ascent = 0, descent = 0;
            for (var k = 0; k < lines[i].Count; k++)
            {
                var c = lines[i][k];
                if (k > 0) cx += c.GapBefore;
                children.Add(new PlacedMathBox(cx, 0, c.Box));
                cx += c.Box.Width;
                ascent = Math.Max(ascent, c.Box.Ascent);
                descent = Math.Max(descent, c.Box.Descent);
            }
            var line = new MathBox(cx, ascent, descent, [], children.ToImmutable());
            var left = i == 0 ? 0 : ContinuationLeft(lines[i][0].StartsAtRelation);
            into.Add(new FlowItem(DisplayLine(line, Math.Min(left, width - cx), width, pad, d, i > 0), i == 0 ? _style.DisplayGap * Em : 0, i < lines.Count - 1));
        }

        double ContinuationLeft(bool atRelation)
        {
            var aligned = relationX >= 0 && relationX <= width / 2 ? relationX : 2 * Em;
            return atRelation ? aligned : aligned + quad;
        }
    }

    private static Fragment DisplayLine(MathBox box, double x, double width, double pad, DisplayMath display, bool continues)
    {
        var ops = new List<DrawOp>();
        var baseline = pad + box.Ascent;
        box.Flatten(x, baseline, ops);
        return new Fragment(width, box.Height + 2 * pad, baseline, [.. ops], $"the formula '{Abbreviate(display.Source)}'")
        {
            Role = new FragmentRole(FragmentKind.Formula, Text: MathLinearText.Of(display.Math)) { Continues = continues },
        };
    }

    private void AddList(ListBlock list, double width, List<FlowItem> into)
    {
        var markerFont = Body;
        var markerWidth = list.Items.IsEmpty ? 0 : list.Items.Max(i => _measurer.Width(i.Marker, markerFont));
        var indent = Math.Max(1.6 * Em, markerWidth + 0.6 * Em);
        for (var n = 0; n < list.Items.Length; n++)
        {
            var item = list.Items[n];
            var children = new List<FlowItem>();
            foreach (var b in item.Blocks) Add(b, width - indent, children);
            if (children.Count == 0) children.Add(new FlowItem(new Fragment(width - indent, _style.LineSpacing * Em, 0.9 * Em, [], "an empty list item"), 0, false));
            var spaceBefore = n == 0 ? _style.ParagraphGap * Em : 0.2 * Em;
            for (var i = 0; i < children.Count; i++)
            {
                var f = children[i].Fragment.Indent(indent, width);
                f = f.As(f.Role with { ListItem = n });
                if (i == 0)
                {
                    var w = _measurer.Width(item.Marker, markerFont);
                    f = f.With([new TextOp(indent - 0.5 * Em - w, f.Baseline, item.Marker, markerFont, _style.TextColor, w, 0.76 * markerFont.Size, 0.24 * markerFont.Size)]);
                }
                into.Add(children[i] with { Fragment = f, SpaceBefore = i == 0 ? spaceBefore : children[i].SpaceBefore });
            }
        }
    }

    private void AddLabeled(LabeledBlock block, double width, List<FlowItem> into)
    {
        var labelFont = new TextFont(FontFace.SerifBold, _style.BodySize);
        var noteFont = new TextFont(_style.NoteFace, _style.NoteSize);
        var labelWidth = Math.Max(2.2 * Em, _measurer.Width(block.Label, labelFont) + 0.6 * Em);
        var noteWidth = block.Note.Length == 0 ? 0 : _measurer.Width(block.Note, noteFont);
        // Every labelled block reserves the same margin (unless its note is unusually long), so the
        // text and answer boxes of all parts line up whatever their points.
        var reserved = noteWidth == 0 ? 0 : Math.Max(noteWidth, _measurer.Width("0.75 points", noteFont)) + 0.8 * Em;
        var children = new List<FlowItem>();
        foreach (var b in block.Blocks) Add(b, width - labelWidth - reserved, children);
        if (children.Count == 0) children.Add(new FlowItem(new Fragment(0, _style.LineSpacing * Em, 0.9 * Em, [], $"part {block.Label}"), 0, false));
        for (var i = 0; i < children.Count; i++)
        {
            var f = children[i].Fragment.Indent(labelWidth, width);
            if (i == 0)
            {
                var lw = _measurer.Width(block.Label, labelFont);
                var extra = new List<DrawOp> { new TextOp(0, f.Baseline, block.Label, labelFont, _style.TextColor, lw, 0.76 * labelFont.Size, 0.24 * labelFont.Size) };
                if (noteWidth > 0) extra.Add(Note(block.Note, noteFont, width - noteWidth, f.Baseline, noteWidth));
                f = f.With(extra);
            }
            into.Add(children[i] with { Fragment = f, SpaceBefore = i == 0 ? Math.Max(children[i].SpaceBefore, 0.8 * Em) : children[i].SpaceBefore });
        }
    }

    private Fragment AnswerBoxFragment(AnswerBox box, double width)
    {
        var pad = 0.5 * Em;
        var labelFont = new TextFont(_style.NoteFace, _style.FurnitureSize);
        var labelText = box.Hint.Length == 0 ? box.Label : $"{box.Label} · {box.Hint}";
        var labelWidth = _measurer.Width(labelText, labelFont);
        if (labelWidth > width - 2 * pad)
        {
            // A long hint is shortened rather than run out of the box.
            while (labelText.Length > 4 && _measurer.Width(labelText + "…", labelFont) > width - 2 * pad) labelText = labelText[..^1];
            labelText += "…";
            labelWidth = _measurer.Width(labelText, labelFont);
        }
        var labelBaseline = pad + 0.76 * labelFont.Size;
        var ops = new List<DrawOp>();
        var spans = ImmutableArray<RoleSpan>.Empty;
        double height;
        if (box.Content.IsEmpty)
        {
            height = labelBaseline + 0.3 * labelFont.Size + box.Lines * 1.6 * Em + pad;
            ops.Add(new RectOp(new Rect(0.3, 0.3, width - 0.6, height - 0.6), 0.6, _style.RuleColor, null));
        }
        else
        {
            var inner = new List<FlowItem>();
            foreach (var b in box.Content) Add(b, width - 2 * pad, inner);
            var stacked = Fragment.Stack([.. inner.Select((f, i) => (f.Fragment, i == 0 ? 0 : f.SpaceBefore))], width - 2 * pad, box.Label);
            var top = labelBaseline + 0.3 * labelFont.Size + 0.2 * Em;
            height = top + stacked.Height + pad;
            ops.Add(new RectOp(new Rect(0.3, 0.3, width - 0.6, height - 0.6), 0.6, _style.RuleColor, Color.Shade));
            // The content keeps what its pieces are (paragraphs, formulas with their source).
            spans = [.. stacked.Spans.Select(s => s with { Start = s.Start + ops.Count })];
            foreach (var op in stacked.Ops) ops.Add(op.Offset(pad, top));
        }
        ops.Add(new TextOp(pad, labelBaseline, labelText, labelFont, _style.NoteColor, labelWidth, 0.76 * labelFont.Size, 0.24 * labelFont.Size));
        return new Fragment(width, height, labelBaseline, [.. ops], $"the answer box '{box.Label}'") { Role = FragmentRole.AnswerBox, Spans = spans };
    }

    private void AddTable(Table table, double width, List<FlowItem> into)
    {
        var columns = table.ColumnCount;
        if (columns == 0) return;
        var pad = 0.4 * Em;
        var natural = new double[columns];
        var minimum = new double[columns];
        foreach (var row in table.Rows)
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var font = CellFont(row);
                natural[c] = Math.Max(natural[c], _inline.NaturalWidth(row.Cells[c], font) + 2 * pad);
                minimum[c] = Math.Max(minimum[c], _inline.MinimumWidth(row.Cells[c], font) + 2 * pad);
            }
        // The rules are stroked half their width to either side: the table is inset by that much.
        var rule = 0.8;
        var widths = ColumnWidths(natural, minimum, width - rule, table);
        var tableWidth = widths.Sum();
        var x0 = rule / 2;
        // Booktabs rules: a heavy rule above the table and below it, a light one under the header, no
        // vertical rules and none between body rows. A body row carries the header rows (with the top
        // rule and the rule under them) to be set again on every page the table continues on.
        var headerRows = table.Rows.TakeWhile(row => row.IsHeader).Count();
        var rows = new List<Fragment>();
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var cells = new ImmutableArray<Fragment>[columns];
            var height = 0.0;
            for (var c = 0; c < columns; c++)
            {
                var inlines = c < row.Cells.Length ? row.Cells[c] : [];
                var align = (c < table.Alignments.Length ? table.Alignments[c] : ColumnAlignment.Left) switch
                {
                    ColumnAlignment.Center => InlineLayout.Align.Center,
                    ColumnAlignment.Right => InlineLayout.Align.Right,
                    _ => InlineLayout.Align.Left,
                };
                cells[c] = _inline.Lines(inlines, CellFont(row), _style.TextColor, widths[c] - 2 * pad, $"a cell of {table}", align);
                height = Math.Max(height, cells[c].Sum(l => l.Height));
            }
            height += 2 * pad * 0.6;
            var ops = new List<DrawOp>();
            var x = x0;
            var spans = ImmutableArray.CreateBuilder<RoleSpan>(columns);
            var cellRole = new FragmentRole(row.IsHeader ? FragmentKind.TableHeaderCell : FragmentKind.TableCell);
            for (var c = 0; c < columns; c++)
            {
                var y = pad * 0.6;
                var start = ops.Count;
                foreach (var line in cells[c])
                {
                    foreach (var op in line.Ops) ops.Add(op.Offset(x + pad, y));
                    y += line.Height;
                }
                spans.Add(new RoleSpan(start, ops.Count - start, cellRole));
                x += widths[c];
            }
            if (r == 0) ops.Add(TableRule(x0, 0, tableWidth, heavy: true));
            if (r == headerRows - 1) ops.Add(TableRule(x0, height, tableWidth, heavy: false));
            if (r == table.Rows.Length - 1) ops.Add(TableRule(x0, height, tableWidth, heavy: true));
            var baseline = cells[0].IsEmpty ? 0 : pad * 0.6 + cells[0][0].Baseline;
            var role = new FragmentRole(row.IsHeader ? FragmentKind.TableHeaderRow : FragmentKind.TableRow) { Continues = r > 0 };
            rows.Add(new Fragment(width, height, baseline, [.. ops], $"row {r + 1} of {table}") { Role = role, Spans = spans.MoveToImmutable() });
        }
        // The header set again on a later page is furniture for a reader of the tagged PDF: the table's
        // structure has it once, at the top.
        var header = headerRows == 0 ? null
            : Fragment.Stack([.. rows.Take(headerRows).Select(f => (f, 0.0))], width, $"the header of {table} (continued)") with { Role = FragmentRole.Artifact };
        var bodyRows = table.Rows.Length - headerRows;
        for (var r = 0; r < rows.Count; r++)
        {
            // At least two body rows stay together at either end of a page break: the header never
            // stands with one row at a page foot, and no row stands alone at a page top.
            var body = r - headerRows;
            var keep = r < headerRows || bodyRows >= 2 && (body == 0 || body == bodyRows - 2);
            into.Add(new FlowItem(rows[r], r == 0 ? _style.ParagraphGap * Em : 0, keep) { RepeatedHeader = r >= headerRows ? header : null });
        }
    }

    private LineOp TableRule(double x, double y, double length, bool heavy) =>
        new(new Point(x, y), new Point(x + length, y), heavy ? 0.8 : 0.5, _style.TextColor);

    private TextFont CellFont(TableRow row) => new(row.IsHeader ? FontFace.SerifBold : FontFace.Serif, _style.BodySize);

    private static double[] ColumnWidths(double[] natural, double[] minimum, double width, Table table) =>
        TableColumnWidths.Of(natural, minimum, width)
        ?? throw new LayoutException($"the {table} needs at least {minimum.Sum():0.#}pt; the text column is {width:0.#}pt");

    private void AddCode(CodeBlock code, double width, List<FlowItem> into)
    {
        var font = new TextFont(FontFace.Mono, _style.BodySize * 0.88);
        var lineHeight = 1.25 * font.Size;
        var lines = code.Text.TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var w = _measurer.Width(lines[i], font);
            if (w > width)
                throw new LayoutException($"the code line '{Abbreviate(lines[i])}' is {w:0.#}pt wide; the text column is {width:0.#}pt");
            var baseline = 0.95 * font.Size;
            var op = new TextOp(0, baseline, lines[i], font, _style.TextColor, w, 0.76 * font.Size, 0.24 * font.Size);
            into.Add(new FlowItem(new Fragment(width, lineHeight, baseline, [op], "a line of code") { Role = i == 0 ? FragmentRole.Code : FragmentRole.Code.Continued }, i == 0 ? _style.ParagraphGap * Em : 0, false));
        }
    }

    /// <summary>
    /// <see cref="Abbreviate"/> of the paragraph's text, without writing out all of a long paragraph: the result
    /// keeps fewer than <paramref name="length"/> characters once line endings are joined, and CR LF, the only
    /// ending of two characters, becomes one, so the first 2 × length + 2 characters decide it.
    /// </summary>
    private static string AbbreviatedText(Paragraph p, int length = 60)
    {
        var enough = 2 * length + 2;
        var text = new StringBuilder();
        foreach (var inline in p.Inlines)
        {
            text.Append(inline.ToString());
            if (text.Length >= enough) break;
        }
        return Abbreviate(text.ToString(), length);
    }

    /// <summary>The start of a long text, for messages.</summary>
    public static string Abbreviate(string text, int length = 60)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= length ? oneLine : oneLine[..(length - 1)] + "…";
    }
}
