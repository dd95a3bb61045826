using System.Text;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Worked steps as Markdown with TeX, the form every exercise text takes, so the solution sheet
/// typesets them like the rest: each formula and each cell on a displayed line of its own.
/// </summary>
public static class WorkingMarkdown
{
    public static string Write(IReadOnlyList<WorkingStep> steps)
    {
        var sb = new StringBuilder();
        WorkingStep? previous = null;
        foreach (var step in steps)
        {
            if (sb.Length > 0) sb.Append('\n');
            switch (step)
            {
                case FormulaStep f:
                    // Four output sizes in a row are one kind of computation: the caption is said once.
                    if (f.Caption.Length > 0 && !(previous is FormulaStep before && before.Caption == f.Caption)) sb.Append(f.Caption).Append(":\n");
                    var lhs = f.Target.Length > 0 ? f.Target + " = " : "";
                    var result = (f.Result is NumberValue { Number.IsExact: false } ? " \\approx " : " = ") + TexNumbers.Of(f.Result);
                    // A formula that is already just numbers is not written twice.
                    var chain = f.Symbolic == f.Substituted ? f.Symbolic + result : $"{f.Symbolic} = {f.Substituted}{result}";
                    sb.Append("$$").Append(lhs).Append(chain).Append("$$\n");
                    break;
                case CellSumStep c:
                    var terms = c.Terms.Select(TexNumbers.Product).ToList();
                    if (c.Bias is { } bias) terms.Add(TexNumbers.Operand(bias));
                    var sum = terms.Count == 0 ? "0" : string.Join(" + ", terms);
                    sb.Append("$$").Append(c.Cell).Append(" = ").Append(sum).Append(" = ").Append(TexNumbers.Of(c.Result)).Append("$$\n");
                    break;
                case TensorStep t:
                    sb.Append(t.Caption).Append(":\n$$").Append(t.Symbol).Append(" = ").Append(ValueFormatter.TexTensor(t.Value, column: false)).Append("$$\n");
                    break;
                case WindowStep w:
                    var values = string.Join(", ", w.Window.Select(TexNumbers.Of));
                    sb.Append("$$").Append(w.Cell).Append(" = ")
                        .Append(w.IsMax ? $"\\max({values})" : $"\\frac{{{string.Join(" + ", w.Window.Select((v, i) => i == 0 ? TexNumbers.Of(v) : TexNumbers.Operand(v)))}}}{{{w.Divisor}}}")
                        .Append(" = ").Append(TexNumbers.Of(w.Result)).Append("$$\n");
                    break;
                case RouteStep r:
                    var to = r.To.Length == 1
                        ? $"goes to ${r.To[0]}$"
                        : $"gives ${TexNumbers.Of(r.Share)}$ to each of ${string.Join(", ", r.To)}$";
                    sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"- ${r.From} = {TexNumbers.Of(r.Gradient)}$ {to}: {r.Reason}.\n");
                    break;
                case ElidedStep e:
                    sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"The other {e.Count} {e.What} are computed the same way.\n");
                    break;
                case TableStep t:
                    if (t.Caption.Length > 0) sb.Append(t.Caption).Append(":\n\n");
                    AppendRow(sb, t.Header);
                    sb.Append('|').Append(string.Concat(t.Header.Select(_ => " --- |"))).Append('\n');
                    foreach (var row in t.Rows) AppendRow(sb, row);
                    break;
                case NoteStep n:
                    sb.Append(n.Markdown).Append('\n');
                    break;
            }
            previous = step;
        }
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, IEnumerable<string> cells) =>
        sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
