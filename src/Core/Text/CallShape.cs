using System.Globalization;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using Scriban.Syntax;

namespace DeepExam.Text;

/// <summary>
/// A call written as a comparable string, the same for a call in an expression and in text:
/// <c>conv_out(n, k, stride=2)</c> from <c>conv_out(n, k, stride=2)</c> and from
/// <c>{{ conv_out n k stride: 2 }}</c>. Arguments other than names and numbers are written as a
/// marker of their side, so two such calls never compare equal by accident.
/// </summary>
public static class CallShape
{
    public static string Of(Expr expression) => expression switch
    {
        CallExpr call => $"{call.Name}({string.Join(", ", call.Arguments.Select(a => (a.Name is null ? "" : a.Name + "=") + Of(a.Value)))})",
        Identifier name => name.Name,
        NumberLiteral number => number.Value.ToString(),
        _ => "⟨expression⟩",
    };

    public static string Of(ScriptNode? node) => node switch
    {
        ScriptFunctionCall call => $"{Of(call.Target)}({string.Join(", ", call.Arguments.Select(a => a is ScriptNamedArgument named ? $"{named.Name?.Name}={Of(named.Value)}" : Of(a)))})",
        ScriptNestedExpression nested => Of(nested.Expression),
        ScriptVariable variable => variable.Name,
        ScriptLiteral { Value: int or long or double or decimal } literal =>
            Rational.TryParse(Convert.ToString(literal.Value, CultureInfo.InvariantCulture)!, out var r) ? r.ToString() : "⟨text⟩",
        _ => "⟨text⟩",
    };
}
