using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using static DeepExam.Tests.Expressions.ExpressionEvaluatorTests;

namespace DeepExam.Tests.Builtins;

/// <summary>
/// An approximate number that is not finite is never a value: a builtin or an operator whose result would be an
/// infinity or a NaN fails with an evaluation error that says which and why, and exact inputs beyond a double's
/// range still get the finite results they have.
/// </summary>
public class NonFiniteResultsTests
{
    private static string Error(string text, params (string Name, Value Value)[] scope) =>
        Assert.Throws<EvaluationException>(() => Eval(text, scope))!.Message;

    [TestCase("exp(10^30)", "exp: the result is too large to represent (overflow)")]
    [TestCase("exp([1, 1000])", "exp: the result is too large to represent (overflow)")]
    [TestCase("softmax([exp(1000), 0])", "exp: the result is too large to represent (overflow)")]
    [TestCase("exp(700) * exp(700)", "'*': the result is too large to represent (overflow)")]
    [TestCase("exp(700) ^ 2", "'^': the result is too large to represent (overflow)")]
    [TestCase("[exp(700), 1] * 10^10", "'*': the result is too large to represent (overflow)")]
    [TestCase("exp(700) / 10^-10", "'/': the result is too large to represent (overflow)")]
    [TestCase("exp(700) * 10^10 // 2", "'*': the result is too large to represent (overflow)")]
    [TestCase("decimal(10^400)", "decimal: the result is too large to represent (overflow)")]
    [TestCase("det([[exp(700), exp(700)], [-exp(700), exp(700)]])", "det: the result is too large to represent (overflow)")]
    [TestCase("mse([exp(700), 0], [0, 0])", "mse: the result is too large to represent (overflow)")]
    public void An_overflowing_result_is_an_error_naming_what_overflowed(string text, string message) =>
        Assert.That(Error(text), Is.EqualTo(message));

    [TestCase("log(10^400)", 921.0340371976183)]
    [TestCase("log(10^-400)", -921.0340371976183)]
    [TestCase("sqrt(2 * 10^400)", 1.4142135623730951e200)]
    [TestCase("sqrt(2 * 10^-400)", 1.4142135623730951e-200)]
    [TestCase("cross_entropy([10^-400, 1], [1, 0])", 921.0340371976183)]
    [TestCase("sigmoid(-10^400)", 0.0)]
    public void Exact_inputs_beyond_the_double_range_keep_their_finite_results(string text, double expected) =>
        Assert.That(Eval(text).AsNumber("result").ToDouble(), Is.EqualTo(expected).Within(1e-15 * Math.Abs(expected)));

    [Test]
    public void An_exact_square_root_beyond_the_double_range_stays_exact() =>
        Assert.That(Eval("sqrt(10^400)"), Is.EqualTo(Value.Of(new Rational(System.Numerics.BigInteger.Pow(10, 200)))));

    // Evaluation never makes these values; a caller that builds them by hand gets an error naming the argument.
    [TestCase("relu(v)", "relu: 'x' holds a value that is not a number")]
    [TestCase("floor(v)", "floor: 'x' holds a value that is not a number")]
    [TestCase("log(v)", "log: 'x' holds a value that is not a number")]
    [TestCase("max(v)", "max: an argument holds a value that is not a number")]
    [TestCase("maxpool2d([[v, 1], [2, 3]], 2)", "maxpool2d: 'x' holds a value that is not a number")]
    public void A_value_that_is_not_a_number_is_refused_with_the_argument_that_holds_it(string text, string message) =>
        Assert.That(Error(text, ("v", Value.Of(Number.Approx(double.NaN)))), Is.EqualTo(message));

    [Test]
    public void Max_pooling_refuses_a_NaN_it_is_handed_directly()
    {
        var x = Tensor.Create([2, 2], [1, Number.Approx(double.NaN), 2, 3]);
        var error = Assert.Throws<DeepExam.Evaluation.EvaluationException>(() =>
            DeepExam.Builtins.Tensors.MaxPooling.Forward(x, DeepExam.Builtins.Tensors.PoolingGeometry.Square(2)));
        Assert.That(error!.Message, Is.EqualTo("'x' holds NaN, which has no place in an order of numbers"));
    }

    [TestCase("zeros([100000, 100000])", "zeros: tensor of shape [100000, 100000] is too large")]
    [TestCase("conv2d([[1, 2], [3, 4]], [[1]], padding=100000)", "conv2d: the output would be 200002 × 200002 cells, too large to compute")]
    public void A_size_far_beyond_an_exam_is_an_error_before_anything_is_allocated(string text, string message) =>
        Assert.That(Error(text), Is.EqualTo(message));
}
