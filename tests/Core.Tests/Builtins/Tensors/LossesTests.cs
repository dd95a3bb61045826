using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class LossesTests
{
    private static readonly Tensor Pred = T("[1, 2, 3]");
    private static readonly Tensor Target = T("[1, 0, 0]");

    [TestCase(MseReduction.Mean, "13/3")]
    [TestCase(MseReduction.Sum, "13")]
    [TestCase(MseReduction.HalfSum, "13/2")]
    public void Mse_reduces_the_squared_errors_as_asked(MseReduction reduction, string expected)
    {
        Assert.That(Losses.Mse(Pred, Target, reduction), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [TestCase(MseReduction.Mean, "[0, 4/3, 2]")]
    [TestCase(MseReduction.Sum, "[0, 4, 6]")]
    [TestCase(MseReduction.HalfSum, "[0, 2, 3]")]
    public void Mse_gradient_matches_its_reduction(MseReduction reduction, string expected)
    {
        Assert.That(Losses.MseGrad(Pred, Target, reduction), Is.EqualTo(T(expected)));
    }

    [TestCase("mean", MseReduction.Mean)]
    [TestCase("sum", MseReduction.Sum)]
    [TestCase("half_sum", MseReduction.HalfSum)]
    public void Reduction_names_parse(string name, MseReduction expected)
    {
        Assert.That(MseReductions.Parse(name), Is.EqualTo(expected));
    }

    [Test]
    public void Unknown_reduction_lists_the_known_ones()
    {
        var error = Assert.Throws<EvaluationException>(() => MseReductions.Parse("avg"));
        Assert.That(error!.Message, Is.EqualTo("'reduction' must be \"mean\", \"sum\" or \"half_sum\", got \"avg\""));
    }

    [Test]
    public void Mse_of_different_shapes_names_both()
    {
        var error = Assert.Throws<EvaluationException>(() => Losses.Mse(Pred, T("[1, 2]"), MseReduction.Mean));
        Assert.That(error!.Message, Is.EqualTo("'pred' and 'target' must have the same shape, got [3] and [2]"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Mse_gradient_equals_the_central_difference_of_the_quadratic_loss()
    {
        // For a quadratic, (f(p + e_i) − f(p − e_i)) / 2 is the derivative exactly.
        var cases =
            from n in Gen.Choose(1, 5)
            from p in SmallTensors.Of(n)
            from t in SmallTensors.Of(n)
            from reduction in Gen.Elements(MseReduction.Mean, MseReduction.Sum, MseReduction.HalfSum)
            select (P: p, T: t, Reduction: reduction);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var grad = Losses.MseGrad(c.P, c.T, c.Reduction);
            return Enumerable.Range(0, c.P.Count).All(i =>
            {
                var e = Unit(c.P.Shape, i);
                var difference = Losses.Mse(Add(c.P, e), c.T, c.Reduction) - Losses.Mse(Add(c.P, Scale(e, -1)), c.T, c.Reduction);
                return (difference / 2).Equals(grad[i]);
            });
        });
    }

    [Test]
    public void Cross_entropy_is_minus_the_log_of_the_true_class_probability()
    {
        // −ln(3/4) = ln 4 − ln 3 = 1.3862943611198906 − 1.0986122886681098.
        Assert.That(Losses.CrossEntropy(T("[1/4, 3/4]"), T("[0, 1]")).ToDouble(), Is.EqualTo(0.2876820724517809).Within(1e-15));
        Assert.That(Losses.CrossEntropy(T("[1, 0]"), T("[1, 0]")), Is.EqualTo(Number.Approx(0)));
    }

    [Test]
    public void Cross_entropy_gradient_is_exact_for_exact_inputs()
    {
        var grad = Losses.CrossEntropyGrad(T("[1/4, 3/4, 0]"), T("[1/2, 1/2, 0]"));
        Assert.That(grad, Is.EqualTo(T("[-2, -2/3, 0]")));
        Assert.That(grad.IsExact, Is.True);
    }

    [Test]
    public void Cross_entropy_needs_a_positive_probability_where_the_target_is_not_zero()
    {
        var error = Assert.Throws<EvaluationException>(() => Losses.CrossEntropyGrad(T("[1, 0]"), T("[0, 1]")));
        Assert.That(error!.Message, Is.EqualTo("'p' must be positive where 'y' is not zero, got 0 at index 1"));
    }

    [Test]
    public void Softmax_cross_entropy_gradient_is_softmax_minus_target()
    {
        Assert.That(Losses.SoftmaxCrossEntropyGrad(T("[0, 0]"), T("[0, 1]")).ToString(), Is.EqualTo("[0.5, -0.5]"));
        // softmax([1, 2, 3]) = (e, e², e³) / (e + e² + e³) = (2.71828…, 7.38906…, 20.08554…) / 30.19287…, to 30 digits
        // (0.0900305731703804579980, 0.244728471054797652473, 0.665240955774821889529); minus y = (0, 0, 1).
        var gradient = Losses.SoftmaxCrossEntropyGrad(T("[1, 2, 3]"), T("[0, 0, 1]"));
        Assert.That(gradient.Values.Select(v => v.ToDouble()), Is.EqualTo(new[] { 0.09003057317038046, 0.24472847105479765, -0.3347590442251781 }).Within(1e-15));
    }
}
