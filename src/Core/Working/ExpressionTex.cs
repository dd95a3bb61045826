using System.Text;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// An arithmetic expression of the template written as TeX twice: with its names, and with the
/// variant's numbers in their place (a call shows its value). Only plain arithmetic on numbers
/// qualifies; a list, a comparison or a tensor has no one-line substitution.
/// </summary>
internal static class ExpressionTex
{
    /// <summary>True when the expression has at least one operator and nothing but numbers, names, calls and arithmetic.</summary>
    public static bool IsArithmetic(Expr expr) => HasOperator(expr) && OnlyArithmetic(expr);

    public static string Symbolic(Expr expr) => Write(expr, _ => null);

    /// <param name="valueOf">The number a name or call stands for in this variant.</param>
    public static string Substituted(Expr expr, Func<Expr, Number?> valueOf) => Write(expr, valueOf);

    private static bool HasOperator(Expr expr) => expr switch
    {
        BinaryExpr => true,
        UnaryExpr { Operator: UnaryOperator.Negate } u => u.Operand is not NumberLiteral || HasOperator(u.Operand),
        CallExpr call => call.Arguments.Any(a => HasOperator(a.Value)),
        _ => false,
    };

    private static bool OnlyArithmetic(Expr expr) => expr switch
    {
        NumberLiteral or Identifier => true,
        CallExpr => true,
        UnaryExpr { Operator: UnaryOperator.Negate or UnaryOperator.Plus } u => OnlyArithmetic(u.Operand),
        BinaryExpr b => b.Operator is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
                            or BinaryOperator.FloorDivide or BinaryOperator.Power
                        && OnlyArithmetic(b.Left) && OnlyArithmetic(b.Right),
        _ => false,
    };

    private static int Precedence(Expr expr) => expr switch
    {
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => 1,
        BinaryExpr { Operator: BinaryOperator.Multiply } => 2,
        UnaryExpr => 2,
        BinaryExpr { Operator: BinaryOperator.Power } => 4,
        _ => 5, // atoms, fractions and floors group themselves
    };

    /// <summary>A call's argument; a list or a tensor expression, which has no one-line form, is elided.</summary>
    private static string Argument(Expr expr, Func<Expr, Number?> valueOf) => OnlyArithmetic(expr) ? Write(expr, valueOf) : "\\ldots";

    private static string Write(Expr expr, Func<Expr, Number?> valueOf)
    {
        if (expr is Identifier or CallExpr && valueOf(expr) is { } value) return TexNumbers.Operand(value);
        switch (expr)
        {
            case NumberLiteral n:
                return TexNumbers.Operand(n.Value);
            case Identifier id:
                return TexNames.Of(id.Name);
            case CallExpr call:
                return $"\\operatorname{{{call.Name}}}({string.Join(", ", call.Arguments.Select(a => (a.Name is null ? "" : a.Name + "=") + Argument(a.Value, valueOf)))})";
            case UnaryExpr u:
                var operand = Write(u.Operand, valueOf);
                return (u.Operator == UnaryOperator.Negate ? "-" : "+") + (Precedence(u.Operand) <= 2 ? $"({operand})" : operand);
            case BinaryExpr b:
                var left = Write(b.Left, valueOf);
                var right = Write(b.Right, valueOf);
                switch (b.Operator)
                {
                    case BinaryOperator.Divide:
                        return $"\\frac{{{left}}}{{{right}}}";
                    case BinaryOperator.FloorDivide:
                        return $"\\left\\lfloor \\frac{{{left}}}{{{right}}} \\right\\rfloor";
                    case BinaryOperator.Power:
                        return $"{(Precedence(b.Left) <= 4 ? $"({left})" : left)}^{{{right}}}";
                }
                var mine = Precedence(b);
                var sb = new StringBuilder();
                sb.Append(Precedence(b.Left) < mine ? $"({left})" : left);
                sb.Append(b.Operator switch { BinaryOperator.Add => " + ", BinaryOperator.Subtract => " - ", _ => " \\cdot " });
                // a − (b + c) and a · (b · c) keep their grouping.
                sb.Append(Precedence(b.Right) < mine || Precedence(b.Right) == mine && b.Operator == BinaryOperator.Subtract ? $"({right})" : right);
                return sb.ToString();
            default:
                throw new InvalidOperationException($"{expr.GetType().Name} is not arithmetic");
        }
    }
}
