using DeepExam.Evaluation;
using DeepExam.Expressions.Syntax;
using static DeepExam.Tests.Expressions.ExpressionEvaluatorTests;

namespace DeepExam.Tests.Evaluation;

public class EvaluationExceptionTests
{
    [Test]
    public void A_builtins_own_error_has_no_location_yet()
    {
        var error = new EvaluationException("conv_out: stride must be positive");

        Assert.That(error.Span, Is.Null);
    }

    [Test]
    public void Locating_an_error_keeps_its_message()
    {
        var located = new EvaluationException("'x' is not defined").At(new TextSpan(4, 1));

        Assert.That((located.Message, located.Span), Is.EqualTo(("'x' is not defined", (TextSpan?)new TextSpan(4, 1))));
    }

    [Test]
    public void An_error_located_once_keeps_its_first_place()
    {
        var innermost = new EvaluationException("division by zero").At(new TextSpan(6, 5));

        Assert.That(innermost.At(new TextSpan(0, 11)).Span, Is.EqualTo(new TextSpan(6, 5)));
    }

    [Test]
    public void The_evaluator_locates_a_nested_failure_at_the_innermost_node_not_the_whole_expression()
    {
        // 'missing' at offset 13 sits three nodes deep: a call inside a sum inside a product.
        var error = Assert.Throws<EvaluationException>(() => Eval("2 * (1 + abs(missing))"));

        Assert.That(error!.Span, Is.EqualTo(new TextSpan(13, 7)));
    }
}
