using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DeepExam.Diagnostics;
using DeepExam.Documents.Math;

namespace DeepExam.Documents.Figures;

/// <summary>
/// Reads the body of a <c>figure</c> block: one panel per line, a kind and comma-separated fields,
/// <code>
/// conv-volume input: 32x32x3, kernel: 5x5, filters: 6, output: 28x28x6
/// grid values: [[1, 2], [3, 4]], label: I, padding: 1, shade: 2x2 at (0, 0), windows: 2x2 stride 2, marks: [[0, 1], [1, 0]]
/// </code>
/// It is strict: an unknown kind or field, a value of the wrong form, or a spec that cannot be drawn
/// truthfully (a kernel larger than its input, windows off the grid) is a problem, and a figure with
/// problems has no panels. Never throws. Thread-safe.
/// </summary>
public static partial class FigureParser
{
    public const string InfoString = "figure";

    private static readonly string[] Kinds = ["conv-volume", "grid"];
    private static readonly string[] ConvVolumeFields = ["input", "kernel", "filters", "output"];
    private static readonly string[] GridFields = ["values", "label", "padding", "shade", "windows", "marks"];

    /// <summary>The most padding a grid draws: enough for any small exercise, and a typo such as 11 is caught.</summary>
    public const int MaxPadding = 4;

    [GeneratedRegex(@"^\s*(\d+)\s*[x×]\s*(\d+)\s+at\s+\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*$")]
    private static partial Regex CellBlockSyntax();

    [GeneratedRegex(@"^\s*(\d+)\s*[x×]\s*(\d+)(?:\s+stride\s+(\d+))?\s*$")]
    private static partial Regex WindowsSyntax();

    [GeneratedRegex(@"^[+-]?\d+(?:/\d+|\.\d+(?:[eE][+-]?\d+)?|[eE][+-]?\d+)?$")]
    private static partial Regex NumberSyntax();

    [GeneratedRegex(@"(?:^|\s)([a-z]+):")]
    private static partial Regex StrayField();

    /// <summary>Parses the body of the <paramref name="index"/>-th figure of a text (counted from 0, for messages).</summary>
    public static Figure Parse(string body, int index = 0)
    {
        var problems = new List<FigureProblem>();
        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var lines = body.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var reader = new LineReader(index, i + 1, problems);
            if (reader.Panel(line) is { } panel) panels.Add(panel);
        }
        if (panels.Count == 0 && problems.Count == 0)
            problems.Add(new FigureProblem(index, 1, "the figure is empty; write a panel such as 'grid values: [[1, 2], [3, 4]]' or 'conv-volume input: 32x32x3, kernel: 5x5, filters: 6'"));
        return problems.Count > 0
            ? new Figure(body, [], [.. problems])
            : new Figure(body, panels.ToImmutable(), []);
    }

    /// <summary>Reads one line (one panel), adding what is wrong with it to the figure's problems.</summary>
    private sealed class LineReader(int figure, int line, List<FigureProblem> problems)
    {
        private int _errors;
        /// <summary>Fields written, well or badly: a bad one is not reported missing as well.</summary>
        private readonly HashSet<string> _written = new(StringComparer.Ordinal);

        private void Error(string message)
        {
            problems.Add(new FigureProblem(figure, line, message));
            _errors++;
        }

        public FigurePanel? Panel(string text)
        {
            var space = text.IndexOfAny([' ', '\t']);
            var kind = space < 0 ? text : text[..space];
            var rest = space < 0 ? "" : text[(space + 1)..];
            if (!Kinds.Contains(kind))
            {
                Error($"unknown figure kind '{kind}'{Suggestions.DidYouMean(kind, Kinds)}; a line starts with {string.Join(" or ", Kinds)}");
                return null;
            }
            // Every field is read even after a bad one, so one look at the message shows every mistake.
            var fields = Fields(rest, kind == "grid" ? GridFields : ConvVolumeFields, kind);
            var panel = kind == "grid" ? (FigurePanel?)Grid(fields) : ConvVolume(fields);
            return _errors == 0 ? panel : null;
        }

        /// <summary>The well-formed fields of a line by name; malformed, unknown and repeated ones are errors.</summary>
        private Dictionary<string, string> Fields(string text, string[] known, string kind)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var piece in SplitTopLevel(text))
            {
                var field = piece.Trim();
                if (field.Length == 0)
                {
                    if (text.Trim().Length > 0) Error("an empty field (two commas in a row, or a trailing comma)");
                    continue;
                }
                var colon = field.IndexOf(':');
                if (colon <= 0)
                {
                    Error($"'{Abbreviate(field)}' is not a field: write name: value, e.g. {known[0]}: …");
                    continue;
                }
                var name = field[..colon].Trim();
                var value = field[(colon + 1)..].Trim();
                _written.Add(name);
                if (!known.Contains(name))
                {
                    // A misspelt field is reported once, as misspelt, and not also as missing.
                    foreach (var k in known)
                        if (Suggestions.DidYouMean(name, [k]).Length > 0) _written.Add(k);
                    Error($"unknown field '{name}' for {kind}{Suggestions.DidYouMean(name, known)}; its fields are {string.Join(", ", known)}");
                }
                else if (fields.ContainsKey(name))
                    Error($"field '{name}' is given twice");
                else if (value.Length == 0)
                    Error($"{name}: no value");
                else if (StrayField().Match(value) is { Success: true } stray && known.Contains(stray.Groups[1].Value))
                    Error($"{name}: '{Abbreviate(value)}' runs into the field '{stray.Groups[1].Value}:'; separate fields with commas");
                else
                    fields.Add(name, value);
            }
            return fields;
        }

        private ConvVolumePanel? ConvVolume(Dictionary<string, string> fields)
        {
            var input = Required(fields, "input", "HxWxC, e.g. 32x32x3") is { } i ? Dimensions(i, "input", 3, "height x width x channels, e.g. 32x32x3") : null;
            var kernel = Required(fields, "kernel", "HxW, e.g. 5x5") is { } k ? Dimensions(k, "kernel", 2, "height x width, e.g. 5x5") : null;
            int? filters = fields.TryGetValue("filters", out var f) ? PositiveInteger(f, "filters") : null;
            var output = fields.TryGetValue("output", out var o) ? Dimensions(o, "output", 3, "height x width x depth, e.g. 28x28x6") : null;
            if (input is null || kernel is null) return null;
            if (kernel[0] > input[0] || kernel[1] > input[1])
                Error($"kernel: the {kernel[0]}x{kernel[1]} kernel is larger than the {input[0]}x{input[1]} input");
            if (output is not null && filters is { } n && output[2] != n)
                Error($"output: the depth {output[2]} differs from filters: {n} (the output has one channel per filter)");
            if (_errors > 0) return null;
            return new ConvVolumePanel(
                new Volume(input[0], input[1], input[2]), kernel[0], kernel[1],
                filters ?? output?[2],
                output is null ? null : new Volume(output[0], output[1], output[2]));
        }

        private GridPanel? Grid(Dictionary<string, string> fields)
        {
            var values = Required(fields, "values", "a matrix such as [[1, 2], [3, 4]]") is { } v ? Matrix(v, "values") : null;
            var label = fields.TryGetValue("label", out var l) ? Label(l) : null;
            var padding = fields.TryGetValue("padding", out var p) ? Padding(p) : 0;
            var marks = fields.TryGetValue("marks", out var m) ? Matrix(m, "marks", typeset: false) : null;
            if (values is null) return null;
            var (rows, columns, cells) = values.Value;
            var drawnRows = rows + 2 * (padding ?? 0);
            var drawnColumns = columns + 2 * (padding ?? 0);
            var size = $"{drawnRows}x{drawnColumns}";
            var grid = padding > 0 ? $"the padded {size} grid" : $"the {size} grid";

            CellBlock? shade = null;
            if (fields.TryGetValue("shade", out var s))
            {
                var match = CellBlockSyntax().Match(s);
                if (!match.Success)
                    Error($"shade: '{Abbreviate(s)}' is not a block of cells: write HxW at (row, column), e.g. 2x2 at (0, 1), counting from 0");
                else
                {
                    shade = new CellBlock(Int(match, 3), Int(match, 4), Int(match, 1), Int(match, 2));
                    if (shade.Height == 0 || shade.Width == 0)
                        Error($"shade: a {shade.Height}x{shade.Width} block has no cells");
                    else if (shade.Row + shade.Height > drawnRows || shade.Column + shade.Width > drawnColumns)
                        Error($"shade: the {shade} reaches past {grid} (rows and columns count from 0{(padding > 0 ? ", padding included" : "")})");
                }
            }

            PoolingWindows? windows = null;
            if (fields.TryGetValue("windows", out var w))
            {
                var match = WindowsSyntax().Match(w);
                if (!match.Success)
                    Error($"windows: '{Abbreviate(w)}' is not a window: write HxW or HxW stride S, e.g. 2x2 stride 2");
                else
                {
                    var (h, wd) = (Int(match, 1), Int(match, 2));
                    var stride = match.Groups[3].Success ? Int(match, 3) : System.Math.Max(h, wd);
                    windows = new PoolingWindows(h, wd, stride);
                    if (h == 0 || wd == 0 || stride == 0)
                        Error($"windows: {windows} is empty");
                    else if (h > drawnRows || wd > drawnColumns)
                        Error($"windows: a {h}x{wd} window does not fit {grid}");
                    else if (stride < System.Math.Max(h, wd))
                        Error($"windows: {h}x{wd} windows with stride {stride} overlap and their outlines would merge; outline windows that do not overlap, or shade one with shade:");
                }
            }

            var markFlags = ImmutableArray<bool>.Empty;
            if (marks is { } mk)
            {
                if (mk.Rows != rows || mk.Columns != columns)
                    Error($"marks: {mk.Rows}x{mk.Columns} marks for {rows}x{columns} values; give one mark (0 or not) per value");
                else
                    markFlags = [.. mk.Cells.Select(c => !IsZero(c.Text))];
            }
            if (_errors > 0) return null;
            return new GridPanel(l ?? "", label, rows, columns, cells, padding ?? 0, shade, windows, markFlags);
        }

        private string? Required(Dictionary<string, string> fields, string name, string form)
        {
            if (fields.TryGetValue(name, out var value)) return value;
            if (!_written.Contains(name)) Error($"missing {name}: {form}");
            return null;
        }

        private int[]? Dimensions(string value, string field, int count, string form)
        {
            var parts = value.Split(['x', '×']);
            var dims = new int[parts.Length];
            var ok = parts.Length == count;
            for (var i = 0; ok && i < parts.Length; i++)
                ok = int.TryParse(parts[i].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out dims[i]) && dims[i] > 0;
            if (ok) return dims;
            Error($"{field}: '{Abbreviate(value)}' is not {form} (whole numbers from 1)");
            return null;
        }

        private int? PositiveInteger(string value, string field)
        {
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0) return n;
            Error($"{field}: '{Abbreviate(value)}' is not a whole number from 1");
            return null;
        }

        private int? Padding(string value)
        {
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= MaxPadding) return n;
            Error($"padding: '{Abbreviate(value)}' is not a whole number from 0 to {MaxPadding}");
            return null;
        }

        private MathNode? Label(string tex)
        {
            var parsed = TexParser.Parse(tex);
            foreach (var problem in parsed.Problems) Error($"label: unsupported TeX {problem.Command}: {problem.Message}");
            return parsed.Root;
        }

        /// <summary>A matrix written as nested lists of numbers, as <c>{{X}}</c> prints one.</summary>
        private (int Rows, int Columns, ImmutableArray<GridCell> Cells)? Matrix(string value, string field, bool typeset = true)
        {
            var text = value.Trim();
            if (text.Length < 4 || !text.StartsWith("[[", StringComparison.Ordinal) || !text.EndsWith("]]", StringComparison.Ordinal))
            {
                Error($"{field}: '{Abbreviate(value)}' is not a matrix: write rows of numbers, e.g. [[1, 2], [3, 4]]");
                return null;
            }
            var rows = SplitTopLevel(text[1..^1]);
            var cells = ImmutableArray.CreateBuilder<GridCell>();
            var columns = -1;
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r].Trim();
                if (row.Length < 2 || row[0] != '[' || row[^1] != ']' || row[1..^1].AsSpan().IndexOfAny('[', ']') >= 0)
                {
                    Error($"{field}: row {r + 1} '{Abbreviate(row)}' is not a list of numbers such as [1, 2]");
                    return null;
                }
                var items = row[1..^1].Split(',');
                if (columns < 0) columns = items.Length;
                else if (items.Length != columns)
                {
                    Error($"{field}: row {r + 1} has {items.Length} numbers and row 1 has {columns}; a matrix has rows of equal length");
                    return null;
                }
                foreach (var item in items)
                {
                    var number = item.Trim();
                    if (!NumberSyntax().IsMatch(number))
                    {
                        Error($"{field}: '{Abbreviate(number)}' in row {r + 1} is not a number (write integers, fractions such as -11/3, or decimals)");
                        return null;
                    }
                    // Marks are only read as zero or not: they need no math.
                    cells.Add(new GridCell(number, typeset ? CellMath(number) : NoMath));
                }
            }
            return (rows.Count, columns, cells.ToImmutable());
        }
    }

    private static readonly MathNode NoMath = new MathRow([], IsGroup: false);

    /// <summary>
    /// A number as math. Integers and decimals, nearly every cell, are built as the TeX parser would
    /// build them (an upright ordinary atom, after a binary minus), since a figure has many cells.
    /// </summary>
    private static MathNode CellMath(string number)
    {
        var digits = number.TrimStart('-', '+');
        if (digits.AsSpan().IndexOfAny('/', 'e', 'E') >= 0) return TexParser.Parse(Tex(number)).Root;
        var atom = new MathAtom(digits, MathClass.Ord, MathVariant.Upright);
        return number[0] == '-' ? new MathRow([new MathAtom("−", MathClass.Bin, MathVariant.Upright), atom]) : atom;
    }

    /// <summary>The TeX of a number as written: 11/3 as a stacked fraction, 1.5e-05 as 1.5 · 10⁻⁵.</summary>
    private static string Tex(string number)
    {
        var sign = number[0] == '-' ? "-" : "";
        var body = number.TrimStart('-', '+');
        var slash = body.IndexOf('/');
        if (slash > 0) return $"{sign}\\frac{{{body[..slash]}}}{{{body[(slash + 1)..]}}}";
        var e = body.IndexOfAny(['e', 'E']);
        if (e > 0)
        {
            var exponent = body[(e + 1)..].TrimStart('+');
            // 2.5E-05 prints 10 to the -5.
            var negative = exponent.StartsWith('-');
            exponent = (negative ? "-" : "") + (exponent.TrimStart('-').TrimStart('0') is { Length: > 0 } d ? d : "0");
            return $"{sign}{body[..e]} \\cdot 10^{{{exponent}}}";
        }
        return sign + body;
    }

    /// <summary>True for 0, -0, 0/5, 0.0, 0e3: the significand has no digit but 0.</summary>
    private static bool IsZero(string number)
    {
        var significand = number.TrimStart('-', '+');
        var end = significand.IndexOfAny(['/', 'e', 'E']);
        if (end >= 0) significand = significand[..end];
        return significand.All(c => c is '0' or '.');
    }

    /// <summary>Splits at commas that are not inside brackets, braces or parentheses.</summary>
    private static List<string> SplitTopLevel(string text)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    pieces.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        pieces.Add(text[start..]);
        return pieces;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
