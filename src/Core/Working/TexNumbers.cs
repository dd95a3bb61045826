using System.Numerics;
using DeepExam.Numbers;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>Numbers as they stand inside a worked formula: negative ones in parentheses, long integers grouped.</summary>
public static class TexNumbers
{
    /// <summary>Integers of five digits or more are grouped with thin spaces, 102\,764\,544: a run of eight digits is hard to read and to copy.</summary>
    public static string Of(Number n) => n.IsInteger ? ValueFormatter.Grouped(new NumberValue(n), tex: true) : ValueFormatter.Tex(n);

    public static string Of(BigInteger n) => Of(Number.Exact(new Rational(n)));

    public static string Of(int n) => Of(new BigInteger(n));

    /// <summary>A value as the result of a worked line: a number as <see cref="Of(Number)"/>, anything else as the solver writes it.</summary>
    public static string Of(Value value) => value is NumberValue n ? Of(n.Number) : ValueFormatter.Tex(value);

    /// <summary>A factor or a later summand: (−3) rather than −3, so that 2 · (−3) reads right.</summary>
    public static string Operand(Number n) => n.Sign < 0 ? $"({Of(n)})" : Of(n);

    /// <summary>One product of a sum, in parentheses: (−1 × (−3)), a negative right factor bracketed so that × and − never meet.</summary>
    public static string Product(Product p) => $"({Of(p.Left)} \\times {Operand(p.Right)})";

    /// <summary>Factors joined by a centred dot.</summary>
    public static string Times(params Number[] factors) => string.Join(" \\cdot ", factors.Select(Operand));
}
