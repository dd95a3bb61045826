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
    [TestCase("a .< b and c .== d", "((a .< b) and (c .== d))")]
    [TestCase("x .>= 0 or not x .!= y", "((x .>= 0) or (not (x .!= y)))")]
    [TestCase("s.truth .> 0", "(s.truth .> 0)")]
    [TestCase("a ++ b + c - d", "(((a ++ b) + c) - d)")]
    [TestCase("a ++ b * 2", "(a ++ (b * 2))")]
    [TestCase("a + +b", "(a + (+b))")]
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
    [TestCase("a .< b .< c", 10, "cannot be chained")]
    [TestCase("a == b .> c", 10, "cannot be chained")]
    [TestCase("a .= b", 3, "expected a field name after '.'")]
    [TestCase("x[]", 2, "an index is needed")]
    [TestCase("x[1:", 4, "ends too early")]
    [TestCase("x[1:2:3:4]", 7, "at most three parts")]
    [TestCase("x[1:2", 5, "expected ']'")]
    public void Reports_syntax_errors_with_their_position(string text, int column, string message)
    {
        var result = ExpressionParser.Parse(text);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics[0].Span.Start, Is.EqualTo(column));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(message));
    }

    [TestCase("x[1:3]", "x[1:3]")]
    [TestCase("x[:-1]", "x[:(-1)]")]
    [TestCase("x[2:]", "x[2:]")]
    [TestCase("x[:]", "x[:]")]
    [TestCase("x[::-1]", "x[::(-1)]")]
    [TestCase("X[1:3, 0:2]", "X[1:3, 0:2]")]
    [TestCase("X[0, 1:]", "X[0, 1:]")]
    [TestCase("x[n - 1:n + 1:2]", "x[(n - 1):(n + 1):2]")]
    [TestCase("x[p ? 0 : 1]", "x[(p ? 0 : 1)]")]
    [TestCase("x[(p ? 0 : 1):]", "x[(p ? 0 : 1):]")]
    [TestCase("x[p ? 0 : 1 : 3]", "x[(p ? 0 : 1):3]")]
    [TestCase("s[0:2][1].text", "s[0:2][1].text")]
    public void Reads_slices_between_brackets_and_a_conditional_before_a_slice(string text, string expected)
    {
        var result = ExpressionParser.Parse(text);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(Show(result.Root!), Is.EqualTo(expected));
    }

    [Test]
    public void A_slice_spans_from_its_first_part_to_its_last()
    {
        var index = (IndexExpr)ExpressionParser.Parse("xs[ 1 : n ]").Root!;
        var slice = (SliceExpr)index.Indices[0];
        Assert.That((slice.Span.Start, slice.Span.End), Is.EqualTo((4, 9)));
        var open = (SliceExpr)((IndexExpr)ExpressionParser.Parse("xs[:]").Root!).Indices[0];
        Assert.That((open.Span.Start, open.Span.End), Is.EqualTo((3, 4)));
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
        SliceExpr s => $"{Part(s.Start)}:{Part(s.Stop)}{(s.Step is null ? "" : ":" + Show(s.Step))}",
        MemberExpr m => $"{Show(m.Target)}.{m.Member}",
        _ => e.ToString(),
    };

    private static string Part(Expr? e) => e is null ? "" : Show(e);
}
