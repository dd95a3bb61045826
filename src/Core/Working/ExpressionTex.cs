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

    /// <param name="leading">
    /// True where a number starts what it stands in (the whole line, a bracket, a fraction's part, a call's
    /// argument): there −0.03 needs no parentheses, as in −0.03 + 1/2; elsewhere it gets them, as in 2 · (−3).
    /// </param>
    private static string Write(Expr expr, Func<Expr, Number?> valueOf, bool leading = true)
    {
        if (expr is Identifier or CallExpr && valueOf(expr) is { } value) return NumberText(value, leading);
        switch (expr)
        {
            case NumberLiteral n:
                return NumberText(n.Value, leading);
            case Identifier id:
                return TexNames.Of(id.Name);
            case CallExpr call:
                return $"\\operatorname{{{call.Name}}}({string.Join(", ", call.Arguments.Select(a => (a.Name is null ? "" : a.Name + "=") + Argument(a.Value, valueOf)))})";
            case UnaryExpr u:
                var operand = Write(u.Operand, valueOf, leading: Precedence(u.Operand) <= 2);
                return (u.Operator == UnaryOperator.Negate ? "-" : "+") + (Precedence(u.Operand) <= 2 ? $"({operand})" : operand);
            case BinaryExpr b:
                switch (b.Operator)
                {
                    case BinaryOperator.Divide:
                        return $"\\frac{{{Write(b.Left, valueOf)}}}{{{Write(b.Right, valueOf)}}}";
                    case BinaryOperator.FloorDivide:
                        return $"\\left\\lfloor \\frac{{{Write(b.Left, valueOf)}}}{{{Write(b.Right, valueOf)}}} \\right\\rfloor";
                    case BinaryOperator.Power:
                        var bracketed = Precedence(b.Left) <= 4;
                        var power = Write(b.Left, valueOf, leading: bracketed);
                        return $"{(bracketed ? $"({power})" : power)}^{{{Write(b.Right, valueOf)}}}";
                }
                var mine = Precedence(b);
                var leftBracketed = Precedence(b.Left) < mine;
                // a − (b + c) and a · (b · c) keep their grouping, and a − (−b) does not read a − −b.
                var rightBracketed = Precedence(b.Right) < mine || Precedence(b.Right) == mine && b.Operator == BinaryOperator.Subtract
                    || b.Right is UnaryExpr && mine == 1;
                var left = Write(b.Left, valueOf, leading: leading || leftBracketed);
                var right = Write(b.Right, valueOf, leading: rightBracketed);
                var sb = new StringBuilder();
                sb.Append(leftBracketed ? $"({left})" : left);
                sb.Append(b.Operator switch { BinaryOperator.Add => " + ", BinaryOperator.Subtract => " - ", _ => " \\cdot " });
                sb.Append(rightBracketed ? $"({right})" : right);
                return sb.ToString();
            default:
                throw new InvalidOperationException($"{expr.GetType().Name} is not arithmetic");
        }
    }

    private static string NumberText(Number n, bool leading) => leading ? TexNumbers.Of(n) : TexNumbers.Operand(n);
}
