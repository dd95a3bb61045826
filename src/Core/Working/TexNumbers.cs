using DeepExam.Numbers;
using DeepExam.Text;

namespace DeepExam.Working;

/// <summary>Numbers as they stand inside a worked formula: negative ones in parentheses.</summary>
public static class TexNumbers
{
    public static string Of(Number n) => ValueFormatter.Tex(n);

    /// <summary>A factor or a later summand: (−3) rather than −3, so that 2 · (−3) reads right.</summary>
    public static string Operand(Number n) => n.Sign < 0 ? $"({Of(n)})" : Of(n);

    public static string Product(Product p) => $"({Of(p.Left)} \\times {Of(p.Right)})";

    /// <summary>Factors joined by a centred dot.</summary>
    public static string Times(params Number[] factors) => string.Join(" \\cdot ", factors.Select(Operand));
}
