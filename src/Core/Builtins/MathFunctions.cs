using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>Scalar arithmetic: rounding, extremes, reductions, and the transcendental functions.</summary>
public static class MathFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Arithmetic";
        b.Add("floor", "Largest integer not above x (element-wise on tensors).",
            [Required("x", "number or tensor")], [new("floor(27/4)", "6"), new("floor(-1/2)", "-1")],
            a => Elementwise.Apply(a["x"], "floor: 'x'", n => Number.Exact(n.Floor())));
        b.Add("ceil", "Smallest integer not below x (element-wise on tensors).",
            [Required("x", "number or tensor")], [new("ceil(27/4)", "7")],
            a => Elementwise.Apply(a["x"], "ceil: 'x'", n => Number.Exact(n.Ceiling())));
        b.Add("abs", "Absolute value (element-wise on tensors).",
            [Required("x", "number or tensor")], [new("abs(-3/2)", "3/2")],
            a => Elementwise.Apply(a["x"], "abs: 'x'", n => n.Abs()));
        b.AddVariadic("min", "Smallest of the numbers given, or of every cell of the lists and tensors given.",
            [new("min(3, 1/2, 7)", "1/2"), new("min([[4, -1], [2, 0]])", "-1")],
            a => Value.Of(Reduce(a, (x, y) => Number.Min(x, y))));
        b.AddVariadic("max", "Largest of the numbers given, or of every cell of the lists and tensors given.",
            [new("max(3, 1/2, 7)", "7")],
            a => Value.Of(Reduce(a, (x, y) => Number.Max(x, y))));
        b.AddVariadic("sum", "Sum of the numbers given, or of every cell of the lists and tensors given.",
            [new("sum([1, 2, 3/2])", "9/2"), new("sum(1, 2, 3)", "6")],
            a => Value.Of(Elementwise.Flatten(a.Rest, "sum").Aggregate(Number.Zero, (x, y) => x + y)));
        b.AddVariadic("prod", "Product of the numbers given, or of every cell of the lists and tensors given.",
            [new("prod([28, 28, 5])", "3920")],
            a => Value.Of(Elementwise.Flatten(a.Rest, "prod").Aggregate(Number.One, (x, y) => x * y)));
        b.AddVariadic("mean", "Arithmetic mean, exact for exact inputs.",
            [new("mean([1, 4, 7, 8])", "5"), new("mean(1, 2)", "3/2")],
            a =>
            {
                var all = Elementwise.Flatten(a.Rest, "mean").ToList();
                if (all.Count == 0) throw a.Error("needs at least one number");
                return Value.Of(all.Aggregate(Number.Zero, (x, y) => x + y) / all.Count);
            });
        b.Add("sqrt", "Square root: exact when x is the square of a rational, otherwise approximate.",
            [Required("x", "number or tensor")], [new("sqrt(9/4)", "3/2"), new("sqrt(2)", "1.4142135623730951")],
            a => Elementwise.Apply(a["x"], "sqrt: 'x'", Sqrt));
        b.Add("exp", "e to the power x (approximate).",
            [Required("x", "number or tensor")], [new("exp(0)", "1")],
            a => Elementwise.Apply(a["x"], "exp: 'x'", n => Number.Approx(Math.Exp(n.ToDouble()))));
        b.Add("log", "Natural logarithm (approximate); x must be positive.",
            [Required("x", "number or tensor")], [new("log(1)", "0")],
            a => Elementwise.Apply(a["x"], "log: 'x'", n => n.Sign > 0
                ? Number.Approx(n.Log())
                : throw new EvaluationException($"log: 'x' must be positive, got {n}")));
        b.Add("gcd", "Greatest common divisor of two integers.",
            [Required("a", "integer"), Required("b", "integer")], [new("gcd(12, 18)", "6")],
            a => Value.Of(System.Numerics.BigInteger.GreatestCommonDivisor(a.Integer("a"), a.Integer("b"))));
        b.Add("decimal", "x rounded to the given number of decimal places, for display; the result is approximate.",
            [Required("x", "number"), Optional("digits", "integer", 3)], [new("decimal(425/18, 3)", "23.611")],
            a => Value.Of(Number.Approx(double.Parse(ToExact(a.Number("x")).ToDecimalString(a.NonNegative("digits")), System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static Rational ToExact(Number n) => n.IsExact ? n.ExactValue : Rational.Parse(n.ToString());

    private static Number Sqrt(Number n)
    {
        if (n.Sign < 0) throw new EvaluationException($"sqrt: 'x' must not be negative, got {n}");
        if (n.IsExact && n.ExactValue.TrySqrt(out var root)) return root;
        return Number.Approx(n.IsExact ? n.ExactValue.SqrtToDouble() : Math.Sqrt(n.ToDouble()));
    }

    private static Number Reduce(BuiltinArguments a, Func<Number, Number, Number> f)
    {
        var all = Elementwise.Flatten(a.Rest, a.Function.Name).ToList();
        if (all.Count == 0) throw a.Error("needs at least one number");
        return all.Aggregate(f);
    }
}
