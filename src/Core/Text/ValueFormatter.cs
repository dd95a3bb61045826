using System.Globalization;
using System.Numerics;
using System.Text;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Text;

/// <summary>How values appear in exercise text: TeX for math, grouped digits, decimals.</summary>
public static class ValueFormatter
{
    /// <summary>TeX: 1792, \frac{11}{3}, 0.731059, a bmatrix for a matrix, 28 \times 28 \times 5 for a shape.</summary>
    public static string Tex(Value value) => value switch
    {
        NumberValue n => Tex(n.Number),
        TensorValue t => TexTensor(t.Tensor, column: false),
        ListValue l when l.Items.All(i => i is NumberValue) => "(" + string.Join(", ", l.Items.Select(Tex)) + ")",
        ListValue l => "[" + string.Join(", ", l.Items.Select(Tex)) + "]",
        BoolValue b => b.Value ? "\\text{true}" : "\\text{false}",
        StringValue s => "\\text{" + s.Value + "}",
        _ => value.ToString(),
    };

    public static string Tex(Number n)
    {
        if (!n.IsExact) return Approximate(n.ToDouble());
        var r = n.ExactValue;
        if (r.IsInteger) return r.Numerator.ToString(CultureInfo.InvariantCulture);
        var sign = r.Sign < 0 ? "-" : "";
        var abs = r.Abs();
        return $"{sign}\\frac{{{abs.Numerator.ToString(CultureInfo.InvariantCulture)}}}{{{abs.Denominator.ToString(CultureInfo.InvariantCulture)}}}";
    }

    /// <summary>A vector as a column (<paramref name="column"/>) or a row; a matrix as a bmatrix; higher ranks as a list of matrices.</summary>
    public static string TexTensor(Tensor t, bool column)
    {
        switch (t.Rank)
        {
            case 1:
                var sep = column ? " \\\\ " : " & ";
                return "\\begin{bmatrix} " + string.Join(sep, t.Values.Select(Tex)) + " \\end{bmatrix}";
            case 2:
                var sb = new StringBuilder("\\begin{bmatrix} ");
                for (var i = 0; i < t.Shape[0]; i++)
                {
                    if (i > 0) sb.Append(" \\\\ ");
                    sb.Append(string.Join(" & ", Enumerable.Range(0, t.Shape[1]).Select(j => Tex(t[i, j]))));
                }
                return sb.Append(" \\end{bmatrix}").ToString();
            default:
                var slices = Enumerable.Range(0, t.Shape[0])
                    .Select(i => TexTensor(Tensor.Build(t.Shape.Skip(1).ToArray(), inner => t[[i, .. inner]]), column));
                return "\\left[ " + string.Join(",\\; ", slices) + " \\right]";
        }
    }

    /// <summary>A shape as "28 \times 28 \times 5".</summary>
    public static string TexDimensions(Value value) => value switch
    {
        ListValue l => string.Join(" \\times ", l.Items.Select(Tex)),
        _ => Tex(value),
    };

    /// <summary>
    /// An integer grouped by threes as ISO 80000-1 writes it, with a thin space: 10 001 000 (TeX
    /// <c>10\,001\,000</c>; in text U+202F NARROW NO-BREAK SPACE, so a line never breaks inside the
    /// number). Only from five digits on: 4096 stays whole. Never a comma, which reads as a list
    /// separator in math (<c>1, 792</c>) and as a decimal point in much of Europe.
    /// </summary>
    public static string Grouped(Value value, bool tex)
    {
        if (value is not NumberValue { Number.IsInteger: true } n) return tex ? Tex(value) : value.ToString();
        var i = n.Number.ExactValue.Numerator;
        var digits = BigInteger.Abs(i).ToString(CultureInfo.InvariantCulture);
        if (digits.Length < GroupFromDigits) return tex ? Tex(value) : i.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        for (var k = 0; k < digits.Length; k++)
        {
            if (k > 0 && (digits.Length - k) % 3 == 0) sb.Append(tex ? "\\," : "\u202F");
            sb.Append(digits[k]);
        }
        return (i.Sign < 0 ? "-" : "") + sb;
    }

    /// <summary>Integers of this many digits or more are grouped (ISO 80000-1 leaves four-digit numbers whole).</summary>
    public const int GroupFromDigits = 5;

    /// <summary>A number rounded to <paramref name="digits"/> decimals (exact numbers are rounded exactly).</summary>
    public static string Decimal(Value value, int digits) => value switch
    {
        NumberValue { Number.IsExact: true } n => n.Number.ExactValue.ToDecimalString(digits),
        NumberValue n => Math.Round(n.Number.ToDouble(), digits, MidpointRounding.AwayFromZero).ToString("0." + new string('#', Math.Max(digits, 1)), CultureInfo.InvariantCulture),
        TensorValue t => Nested(t.Tensor, n => Decimal(new NumberValue(n), digits)),
        _ => value.ToString(),
    };

    /// <summary>Nested-list text of a tensor with each cell formatted by <paramref name="cell"/>.</summary>
    public static string Nested(Tensor t, Func<Number, string> cell)
    {
        var sb = new StringBuilder();
        var flat = 0;
        Append(0);
        return sb.ToString();

        void Append(int axis)
        {
            sb.Append('[');
            for (var i = 0; i < t.Shape[axis]; i++)
            {
                if (i > 0) sb.Append(", ");
                if (axis == t.Rank - 1) sb.Append(cell(t[flat++]));
                else Append(axis + 1);
            }
            sb.Append(']');
        }
    }

    /// <summary>Significant digits an approximation of an exact value shows at least.</summary>
    public const int ApproximationDigits = 4;

    /// <summary>
    /// An exact value as a plain decimal to read beside its exact form (never in scientific notation):
    /// rounded half away from zero to <paramref name="places"/> decimals, or to more where that would show
    /// fewer than <see cref="ApproximationDigits"/> significant digits (1/1024 ≈ 0.0009766, not 0.001;
    /// 1/1048576 ≈ 0.0000009537). Trailing zeros are dropped only when the decimal is the value itself
    /// (1/4 is 0.25); in an approximation they are significant and stay (0.1000, not 0.1).
    /// </summary>
    public static string ApproximateDecimal(Rational value, int places)
    {
        if (value.Sign == 0) return "0";
        places = Math.Max(places, ApproximationDigits - 1 - DecimalExponent(value.Abs()));
        return IsDecimalWithin(value, places) ? value.ToDecimalString(places) : PlainDecimal(value, places);
    }

    /// <summary>The value rounded half away from zero to exactly <paramref name="places"/> decimals, zeros kept: 0.250 for 1/4 and 3.</summary>
    public static string PlainDecimal(Rational value, int places)
    {
        var text = value.ToDecimalString(places);
        var dot = text.IndexOf('.');
        var shown = dot < 0 ? 0 : text.Length - dot - 1;
        return shown >= places ? text : text + (dot < 0 ? "." : "") + new string('0', places - shown);
    }

    /// <summary>Whether the value is a decimal with at most <paramref name="places"/> places, so rounding it there changes nothing.</summary>
    public static bool IsDecimalWithin(Rational value, int places) => (value * new Rational(BigInteger.Pow(10, places))).IsInteger;

    /// <summary>The exponent e with 10^e ≤ <paramref name="abs"/> &lt; 10^(e+1), found exactly.</summary>
    private static int DecimalExponent(Rational abs)
    {
        BigInteger n = abs.Numerator, d = abs.Denominator;
        bool AtLeastPower(int e) => e >= 0 ? n >= d * BigInteger.Pow(10, e) : n * BigInteger.Pow(10, -e) >= d;
        var guess = (int)Math.Floor(BigInteger.Log10(n) - BigInteger.Log10(d));
        while (!AtLeastPower(guess)) guess--;
        while (AtLeastPower(guess + 1)) guess++;
        return guess;
    }

    /// <summary>Six significant digits, invariant culture: enough to read, short enough to typeset.</summary>
    public static string Approximate(double d) => d.ToString("G6", CultureInfo.InvariantCulture);
}
