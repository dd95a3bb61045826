using System.Text;

namespace DeepExam.Documents.Math;

/// <summary>
/// A formula as one line of plain text, for readers that cannot see it: a tagged PDF's ActualText and
/// alternative text, which screen readers speak and text extraction copies. Fractions become a/b, scripts
/// x_i and x^2 (bracketed when longer than one character), a matrix [a, b; c, d] row by row, a root
/// √(x). Thin spaces (digit groups) vanish, so a number reads as one; wider spaces stay one space.
/// </summary>
public static class MathLinearText
{
    public static string Of(MathNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString().Trim();
    }

    private static void Write(MathNode node, StringBuilder text)
    {
        switch (node)
        {
            case MathAtom a:
                if (a.Class == MathClass.Bin && StartsOperand(text)) text.Append(a.Text);
                else if (a.Class is MathClass.Bin or MathClass.Rel) text.Append(' ').Append(a.Text).Append(' ');
                else if (a.Class == MathClass.Punct) text.Append(a.Text).Append(' ');
                else text.Append(a.Text);
                break;
            case MathRow { IsGroup: true } g:
            {
                // A braced group is one ordinary atom, as in TeX: 8{,}192 keeps its comma tight.
                var inner = new StringBuilder();
                foreach (var item in g.Items) Write(item, inner);
                text.Append(inner.ToString().Trim());
                break;
            }
            case MathRow r:
                foreach (var item in r.Items) Write(item, text);
                break;
            case MathFraction f:
                Grouped(f.Numerator, text);
                text.Append(f.HasRule ? "/" : " over ");
                Grouped(f.Denominator, text);
                break;
            case MathScripts s:
                Write(s.Base, text);
                if (s.Subscript is { } sub) Grouped(sub, text.Append('_'));
                if (s.Superscript is { } sup) Grouped(sup, text.Append('^'));
                break;
            case MathUnderOver u:
                Write(u.Base, text);
                if (u.Under is { } under) Grouped(under, text.Append('_'));
                if (u.Over is { } over) Grouped(over, text.Append('^'));
                break;
            case MathFenced f:
                text.Append(f.Left);
                Write(f.Body, text);
                text.Append(f.Right);
                break;
            case MathDelimiter d:
                text.Append(d.Delimiter);
                break;
            case MathRadical r:
                if (r.Index is { } index) Grouped(index, text.Append("root "));
                text.Append("√(");
                Write(r.Body, text);
                text.Append(')');
                break;
            case MathSpace s:
                if (s.Em >= 0.2 && (text.Length == 0 || text[^1] != ' ')) text.Append(' ');
                break;
            case MathStyled s:
                Write(s.Body, text);
                break;
            case MathAccent a:
                text.Append(a.Kind.ToString().ToLowerInvariant()).Append('(');
                Write(a.Base, text);
                text.Append(')');
                break;
            case MathArray a:
                Array(a, text);
                break;
            case MathUnsupported u:
                text.Append(u.Source);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "no linear form for this node");
        }
    }

    /// <summary>A matrix row by row, cells by commas, rows by semicolons, in the brackets it is drawn with.</summary>
    private static void Array(MathArray array, StringBuilder text)
    {
        var (open, close) = array.Kind switch
        {
            MathArrayKind.PMatrix => ("(", ")"),
            MathArrayKind.BMatrix or MathArrayKind.Matrix or MathArrayKind.Array => ("[", "]"),
            MathArrayKind.VMatrix => ("|", "|"),
            MathArrayKind.DoubleVMatrix => ("‖", "‖"),
            MathArrayKind.BraceMatrix or MathArrayKind.Cases => ("{", "}"),
            MathArrayKind.Aligned => ("", ""),
            _ => throw new ArgumentOutOfRangeException(nameof(array), array.Kind, "no brackets for this array"),
        };
        var cellSeparator = array.Kind == MathArrayKind.Aligned ? " " : ", ";
        text.Append(open);
        for (var r = 0; r < array.Rows.Length; r++)
        {
            if (r > 0) text.Append("; ");
            for (var c = 0; c < array.Rows[r].Length; c++)
            {
                if (c > 0) text.Append(cellSeparator);
                var cell = new StringBuilder();
                Write(array.Rows[r][c], cell);
                text.Append(cell.ToString().Trim());
            }
        }
        text.Append(close);
    }

    /// <summary>A script or a fraction's part: bracketed when it is more than one character.</summary>
    private static void Grouped(MathNode node, StringBuilder text)
    {
        var inner = new StringBuilder();
        Write(node, inner);
        var s = inner.ToString().Trim();
        if (s.Length <= 1 || IsNumber(s)) text.Append(s);
        else text.Append('(').Append(s).Append(')');
    }

    /// <summary>Whether an operator here is unary (a sign): at the start, after an opening bracket, a separator or another operator.</summary>
    private static bool StartsOperand(StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ') end--;
        return end == 0 || "([{|,;=<>≤≥≠≈+−-×·⋅/".Contains(text[end - 1]);
    }

    private static bool IsNumber(string s) => s.All(c => char.IsAsciiDigit(c) || c == '.');
}
