using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class ActivationsTests
{
    private static readonly Number Hundredth = Number.Exact(new Rational(1, 100));

    [TestCase("-2", "0")]
    [TestCase("0", "0")]
    [TestCase("3/2", "3/2")]
    public void Relu_clamps_negatives_to_zero_exactly(string x, string expected)
    {
        Assert.That(Activations.Relu(Rational.Parse(x)), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [Test]
    public void Relu_of_an_approximate_negative_stays_approximate()
    {
        Assert.That(Activations.Relu(Number.Approx(-0.5)).IsExact, Is.False);
    }

    [TestCase("-1", "0")]
    [TestCase("0", "0")]
    [TestCase("1/1000", "1")]
    public void Relu_derivative_is_zero_at_zero(string x, string expected)
    {
        Assert.That(Activations.ReluGrad(Rational.Parse(x)), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [TestCase("-4", "-1/25")]
    [TestCase("0", "0")]
    [TestCase("5", "5")]
    public void Leaky_relu_scales_non_positive_inputs_by_the_slope(string x, string expected)
    {
        Assert.That(Activations.LeakyRelu(Rational.Parse(x), Hundredth), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [TestCase("-4", "1/100")]
    [TestCase("0", "1/100")]
    [TestCase("5", "1")]
    public void Leaky_relu_derivative_is_the_slope_at_zero_and_below(string x, string expected)
    {
        Assert.That(Activations.LeakyReluGrad(Rational.Parse(x), Hundredth), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [Test]
    public void Sigmoid_and_tanh_are_approximate_even_for_exact_inputs()
    {
        Assert.That(Activations.Sigmoid(0), Is.EqualTo(Number.Approx(0.5)));
        Assert.That(Activations.SigmoidGrad(0), Is.EqualTo(Number.Approx(0.25)));
        Assert.That(Activations.Tanh(0), Is.EqualTo(Number.Approx(0)));
        Assert.That(Activations.TanhGrad(0), Is.EqualTo(Number.Approx(1)));
    }

    [TestCase(-800)]
    [TestCase(800)]
    public void Sigmoid_does_not_overflow_for_large_inputs(int x)
    {
        var s = Activations.Sigmoid(x).ToDouble();
        Assert.That(s, Is.EqualTo(x > 0 ? 1.0 : 0.0).Within(1e-300));
        Assert.That(double.IsNaN(Activations.SigmoidGrad(x).ToDouble()), Is.False);
    }

    [TestCase(-3.0)]
    [TestCase(0.5)]
    [TestCase(2.0)]
    public void Sigmoid_and_tanh_derivatives_match_central_differences(double x)
    {
        const double h = 1e-6;
        double Sig(double v) => Activations.Sigmoid(Number.Approx(v)).ToDouble();
        double Tanh(double v) => Activations.Tanh(Number.Approx(v)).ToDouble();
        Assert.That(Activations.SigmoidGrad(Number.Approx(x)).ToDouble(), Is.EqualTo((Sig(x + h) - Sig(x - h)) / (2 * h)).Within(1e-8));
        Assert.That(Activations.TanhGrad(Number.Approx(x)).ToDouble(), Is.EqualTo((Tanh(x + h) - Tanh(x - h)) / (2 * h)).Within(1e-8));
    }

    [Test]
    public void Softmax_of_equal_inputs_is_uniform()
    {
        Assert.That(Activations.Softmax(T("[3, 3, 3, 3]")).ToString(), Is.EqualTo("[0.25, 0.25, 0.25, 0.25]"));
    }

    [Test]
    public void Softmax_subtracts_the_maximum_so_huge_inputs_do_not_overflow()
    {
        var p = Activations.Softmax(T("[1000, 1000, -1000]"));
        Assert.That(p.ToString(), Is.EqualTo("[0.5, 0.5, 0]"));
    }

    [Test]
    public void Softmax_takes_only_vectors()
    {
        var error = Assert.Throws<EvaluationException>(() => Activations.Softmax(T("[[1, 2], [3, 4]]")));
        Assert.That(error!.Message, Is.EqualTo("softmax takes a vector, got shape [2, 2]"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Softmax_is_unchanged_by_adding_a_constant_to_every_input()
    {
        var cases =
            from length in Gen.Choose(1, 6)
            from x in Gen.ArrayOf(Gen.Choose(-20, 20), length)
            from shift in Gen.Choose(-300, 300)
            from eighths in Gen.Choose(0, 7)
            select (X: x, Shift: new Rational(8 * shift + eighths, 8));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var x = Tensor.Create([c.X.Length], [.. c.X.Select(v => (Number)v)]);
            var shifted = x.Map(v => v + c.Shift);
            var p = Activations.Softmax(x);
            return Close(p, Activations.Softmax(shifted), 1e-12) && Math.Abs(p.Values.Sum(v => v.ToDouble()) - 1) < 1e-12;
        });
    }
}
