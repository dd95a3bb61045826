using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Tests.Expressions;

public class ExpressionParserTests
{
    [TestCase("1 + 2 * 3", "(1 + (2 * 3))")]
    [TestCase("-2 ^ 2", "(-(2 ^ 2))")]
    [TestCase("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))")]
    [TestCase("a < b and not c or d", "(((a < b) and (not c)) or d)")]
    [TestCase("x ? 1 : y ? 2 : 3", "(x ? 1 : (y ? 2 : 3))")]
    [TestCase("f(a, b=2)[0].loss", "f(a, b=2)[0].loss")]
    [TestCase("(N - K) // S + 1", "(((N - K) // S) + 1)")]
    [TestCase("[1, [2, 3],]", "[1, [2, 3]]")]
    [TestCase("0.5 + 1_000", "(1/2 + 1000)")]
    public void Parses_with_the_documented_precedence(string text, string expected)
    {
        var result = ExpressionParser.Parse(text);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(Show(result.Root!), Is.EqualTo(expected));
    }

    [TestCase("1 +", 3, "ends too early")]
    [TestCase("f(1, 2", 6, "expected ')'")]
    [TestCase("a < b < c", 8, "cannot be chained")]
    [TestCase("f(a=1, 2)", 7, "positional argument cannot follow")]
    [TestCase("f(a=1, a=2)", 7, "given twice")]
    [TestCase("1 $ 2", 2, "unexpected '$'")]
    [TestCase("\"open", 0, "not closed")]
    [TestCase("1 2", 2, "after the end")]
    public void Reports_syntax_errors_with_their_position(string text, int column, string message)
    {
        var result = ExpressionParser.Parse(text);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics[0].Span.Start, Is.EqualTo(column));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(message));
    }

    [Test]
    public void Unicode_minus_and_times_are_read_as_operators()
    {
        var result = ExpressionParser.Parse("3 × −2");
        Assert.That(Show(result.Root!), Is.EqualTo("(3 * (-2))"));
    }

    private static string Show(Expr e) => e switch
    {
        NumberLiteral n => n.Value.ToString(),
        Identifier i => i.Name,
        BoolLiteral b => b.Value ? "true" : "false",
        UnaryExpr u => u.Operator switch { UnaryOperator.Not => $"(not {Show(u.Operand)})", UnaryOperator.Negate => $"(-{Show(u.Operand)})", _ => $"(+{Show(u.Operand)})" },
        BinaryExpr b => $"({Show(b.Left)} {OperatorText.Of(b.Operator)} {Show(b.Right)})",
        ConditionalExpr c => $"({Show(c.Condition)} ? {Show(c.Then)} : {Show(c.Otherwise)})",
        CallExpr c => $"{c.Name}({string.Join(", ", c.Arguments.Select(a => (a.Name is null ? "" : a.Name + "=") + Show(a.Value)))})",
        ListExpr l => "[" + string.Join(", ", l.Items.Select(Show)) + "]",
        IndexExpr ix => $"{Show(ix.Target)}[{string.Join(", ", ix.Indices.Select(Show))}]",
        MemberExpr m => $"{Show(m.Target)}.{m.Member}",
        _ => e.ToString(),
    };
}
