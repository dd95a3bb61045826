using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;

namespace DeepExam.Tests.Expressions;

public class ExpressionEvaluatorTests
{
    internal static Value Eval(string text, params (string Name, Value Value)[] scope)
    {
        var parsed = ExpressionParser.Parse(text);
        Assert.That(parsed.Diagnostics, Is.Empty, text);
        return new ExpressionEvaluator(BuiltinRegistry.Default).Evaluate(parsed.Root!, scope.ToDictionary(s => s.Name, s => s.Value));
    }

    [TestCase("1/3 + 1/6", "1/2")]
    [TestCase("(32 - 5) // 3 + 1", "10")]
    [TestCase("-7 // 2", "-4")]
    [TestCase("-7 % 3", "2")]
    [TestCase("2 ^ 10", "1024")]
    [TestCase("(2/3) ^ -2", "9/4")]
    [TestCase("4096 * (25088 + 1)", "102764544")]
    [TestCase("0.1 + 0.2 == 0.3", "true")]
    [TestCase("[[1, 2], [3, 4]] * 2", "[[2, 4], [6, 8]]")]
    [TestCase("[1, 2] + [1/2, 1/2]", "[3/2, 5/2]")]
    [TestCase("[[1, 2], [3, 4]][1]", "[3, 4]")]
    [TestCase("[[1, 2], [3, 4]][1, 0]", "3")]
    [TestCase("[5, 6, 7][-1]", "7")]
    [TestCase("3 > 2 ? \"yes\" : \"no\"", "\"yes\"")]
    [TestCase("true or 1 / 0 == 1", "true")]
    [TestCase("false ? 1 / 0 : 2", "2")]
    [TestCase("[28, 28, 5] == [28, 28, 5]", "true")]
    [TestCase("sum([[1, 2], [3, 4]]) + max(1, 7, 3)", "17")]
    [TestCase("mean(1, 2)", "3/2")]
    public void Evaluates_exactly(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [Test]
    public void Transcendental_results_are_marked_approximate()
    {
        var e = Eval("exp(1)");
        Assert.That(e.IsExact, Is.False);
        Assert.That(((NumberValue)e).Number.ToDouble(), Is.EqualTo(Math.E).Within(1e-15));
        Assert.That(Eval("exp(1) * 0 + 1").IsExact, Is.False, "approximation is contagious");
        Assert.That(Eval("sqrt(16/9)").IsExact, Is.True);
    }

    [TestCase("1 / (3 - 3)", 0, 10, "division by zero")]
    [TestCase("x + [1, 2]", 0, 10, "cannot combine")]
    [TestCase("[1, 2] + [1, 2, 3]", 0, 18, "same shape")]
    [TestCase("floor(\"a\")", 0, 10, "'x' must be a number or a tensor")]
    [TestCase("[1, 2][5]", 0, 9, "out of range")]
    [TestCase("1 + missing", 4, 11, "'missing' is not defined")]
    public void Errors_carry_the_span_of_the_failing_node(string text, int start, int end, string message)
    {
        var ex = Assert.Throws<EvaluationException>(() => Eval(text, ("x", Value.Of(true))));
        Assert.That(ex!.Message, Does.Contain(message));
        Assert.That(ex.Span, Is.EqualTo(new TextSpan(start, end - start)));
    }

    [Test]
    public void Named_and_defaulted_arguments_bind_to_parameters()
    {
        Assert.That(Eval("decimal(425/18)").ToString(), Is.EqualTo("23.611"));
        Assert.That(Eval("decimal(digits=1, x=425/18)").ToString(), Is.EqualTo("23.6"));
    }

    [TestCase("decimal()", "missing 'x'")]
    [TestCase("decimal(1, 2, 3)", "at most 2 arguments")]
    [TestCase("decimal(1, places=2)", "no parameter 'places'")]
    [TestCase("decimal(1, x=2)", "both by position and by name")]
    [TestCase("nosuch(1)", "unknown function 'nosuch'")]
    public void Bad_calls_say_what_is_wrong(string text, string message)
    {
        var ex = Assert.Throws<EvaluationException>(() => Eval(text));
        Assert.That(ex!.Message, Does.Contain(message));
    }
}
