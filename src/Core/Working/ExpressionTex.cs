using System.Text;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// An expression of the template written as TeX. Arithmetic on numbers is written twice, with its names and with
/// the variant's numbers in their place (a call shows its value); a list, a comparison or a tensor has no one-line
/// substitution. <see cref="Written"/> writes any expression as it stands, to name a value the template computed
/// without naming it (<c>conv2d(x, flip(K))</c> convolves with \operatorname{flip}(K)).
/// </summary>
internal static class ExpressionTex
{
    /// <summary>True when the expression has at least one operator and nothing but numbers, names, calls and arithmetic.</summary>
    public static bool IsArithmetic(Expr expr) => HasOperator(expr) && OnlyArithmetic(expr);

    public static string Symbolic(Expr expr, SymbolNames names) => new Writer(_ => null, names, elide: true).Write(expr);

    /// <param name="valueOf">The number a name or call stands for in this variant.</param>
    public static string Substituted(Expr expr, Func<Expr, Number?> valueOf, SymbolNames names) => new Writer(valueOf, names, elide: true).Write(expr);

    /// <summary>Any expression as the template writes it, its names in TeX, nothing elided: lists, indices, fields and all.</summary>
    public static string Written(Expr expr, SymbolNames names) => new Writer(_ => null, names, elide: false).Write(expr);

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
        BinaryExpr { Operator: not (BinaryOperator.Divide or BinaryOperator.FloorDivide) } => 0, // comparisons, logic, modulo
        _ => 5, // atoms, fractions and floors group themselves
    };

    /// <param name="elide">True to write a call's argument that has no one-line form (a list, a tensor expression) as "…".</param>
    private sealed class Writer(Func<Expr, Number?> valueOf, SymbolNames names, bool elide)
    {
        public string Write(Expr expr) => Write(expr, leading: true);

        private string Argument(Expr expr) => !elide || OnlyArithmetic(expr) ? Write(expr, leading: true) : "\\ldots";

        /// <param name="leading">
        /// True where a number starts what it stands in (the whole line, a bracket, a fraction's part, a call's
        /// argument): there −0.03 needs no parentheses, as in −0.03 + 1/2; elsewhere it gets them, as in 2 · (−3).
        /// </param>
        private string Write(Expr expr, bool leading)
        {
            if (expr is Identifier or CallExpr && valueOf(expr) is { } value) return NumberText(value, leading);
            switch (expr)
            {
                case NumberLiteral n:
                    return NumberText(n.Value, leading);
                case Identifier id:
                    return names[id.Name];
                case CallExpr call:
                    return $"\\operatorname{{{call.Name}}}({string.Join(", ", call.Arguments.Select(a => (a.Name is null ? "" : a.Name + "=") + Argument(a.Value)))})";
                case UnaryExpr { Operator: UnaryOperator.Not } not:
                    return $"\\lnot {Write(not.Operand, leading: false)}";
                case UnaryExpr u:
                    var operand = Write(u.Operand, leading: Precedence(u.Operand) <= 2);
                    var signed = (u.Operator == UnaryOperator.Negate ? "-" : "+") + (Precedence(u.Operand) <= 2 ? $"({operand})" : operand);
                    // As a negative number is: after any operator, s · (−3), never s · −3.
                    return leading ? signed : $"({signed})";
                case BinaryExpr b:
                    return Binary(b, leading);
                // The rest is written only as an argument's name, never with numbers in it.
                case ListExpr list:
                    return $"[{string.Join(", ", list.Items.Select(item => Write(item, leading: true)))}]";
                case IndexExpr index:
                    return $"{Atom(index.Target)}[{string.Join(", ", index.Indices.Select(i => Write(i, leading: true)))}]";
                case MemberExpr member:
                    return $"{Atom(member.Target)}.\\mathrm{{{member.Member.Replace("_", "\\_", StringComparison.Ordinal)}}}";
                case StringLiteral text:
                    return $"\\text{{\"{text.Value}\"}}";
                case BoolLiteral b:
                    return b.Value ? "\\mathrm{true}" : "\\mathrm{false}";
                case NoneLiteral:
                    return "\\mathrm{none}";
                case ConditionalExpr c:
                    return $"({Write(c.Condition)} \\;?\\; {Write(c.Then)} : {Write(c.Otherwise)})";
                default:
                    throw new InvalidOperationException($"{expr.GetType().Name} has no TeX form");
            }
        }

        // What an index or a field applies to, bracketed unless it is a name or a call.
        private string Atom(Expr expr) => expr is Identifier or CallExpr or IndexExpr or MemberExpr ? Write(expr) : $"({Write(expr)})";

        private string Binary(BinaryExpr b, bool leading)
        {
            switch (b.Operator)
            {
                case BinaryOperator.Divide:
                    return $"\\frac{{{Write(b.Left)}}}{{{Write(b.Right)}}}";
                case BinaryOperator.FloorDivide:
                    return $"\\left\\lfloor \\frac{{{Write(b.Left)}}}{{{Write(b.Right)}}} \\right\\rfloor";
                case BinaryOperator.Power:
                    var power = Write(b.Left, leading: true);
                    // A sum, a negative number and a fraction (written 1 / 4 or a variant's 3/2 put in) are bracketed:
                    // \frac{1}{4}^{3} would read as a power of the denominator. Brackets around a fraction grow with it.
                    if (Precedence(b.Left) > 4 && !power.StartsWith('-') && !power.StartsWith("\\frac", StringComparison.Ordinal)
                        && !power.StartsWith("\\left\\lfloor", StringComparison.Ordinal))
                        return $"{power}^{{{Write(b.Right)}}}";
                    return power.Contains("\\frac", StringComparison.Ordinal)
                        ? $"\\left({power}\\right)^{{{Write(b.Right)}}}"
                        : $"({power})^{{{Write(b.Right)}}}";
                case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply:
                    break;
                default:
                    // Comparisons, logic, modulo: only ever an argument's name; each side bracketed unless an atom.
                    return $"{Side(b.Left)} {Relation(b.Operator)} {Side(b.Right)}";
            }
            var mine = Precedence(b);
            var leftBracketed = Precedence(b.Left) < mine;
            // a − (b + c) and a · (b · c) keep their grouping, and a − (−b) does not read a − −b.
            var rightBracketed = Precedence(b.Right) < mine || Precedence(b.Right) == mine && b.Operator == BinaryOperator.Subtract
                || b.Right is UnaryExpr && mine == 1;
            var left = Write(b.Left, leading: leading || leftBracketed);
            var right = Write(b.Right, leading: rightBracketed);
            var sb = new StringBuilder();
            sb.Append(leftBracketed ? $"({left})" : left);
            sb.Append(b.Operator switch { BinaryOperator.Add => " + ", BinaryOperator.Subtract => " - ", _ => " \\cdot " });
            sb.Append(rightBracketed ? $"({right})" : right);
            return sb.ToString();
        }

        private string Side(Expr expr) => Precedence(expr) == 5 ? Write(expr) : $"({Write(expr)})";

        private static string Relation(BinaryOperator op) => op switch
        {
            BinaryOperator.Modulo => "\\bmod",
            BinaryOperator.Equal => "=",
            BinaryOperator.NotEqual => "\\ne",
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "\\le",
            BinaryOperator.Greater => ">",
            BinaryOperator.GreaterOrEqual => "\\ge",
            BinaryOperator.And => "\\land",
            _ => "\\lor",
        };

        private static string NumberText(Number n, bool leading) => leading ? TexNumbers.Of(n) : TexNumbers.Operand(n);
    }
}
