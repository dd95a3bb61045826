using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class FilterRecoveryTests
{
    [Test]
    public void Seed_case_recovers_the_filter_from_input_and_output()
    {
        // Hand-verified: 1·2 + 4·(−1) + 0·3 = −2, 4·2 + 0·(−1) + (−2)·3 = 2, 0·2 + (−2)(−1) + 3·3 = 11.
        Assert.That(FilterRecovery.Recover1d(T("[1, 4, 0, -2, 3]"), T("[-2, 2, 11]")), Is.EqualTo(T("[2, -1, 3]")));
    }

    [Test]
    public void More_outputs_than_weights_are_checked_and_accepted_when_consistent()
    {
        // Length-2 filter [1, −1] on six inputs: five equations, two unknowns.
        Assert.That(FilterRecovery.Recover1d(T("[3, 1, 4, 1, 5, 9]"), T("[2, -3, 3, -4, -4]")), Is.EqualTo(T("[1, -1]")));
    }

    [Test]
    public void Outputs_no_filter_produces_are_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => FilterRecovery.Recover1d(T("[3, 1, 4, 1, 5, 9]"), T("[2, -3, 3, -4, 0]")));
        Assert.That(error!.Message, Is.EqualTo("no filter of length 2 turns 'x' [3, 1, 4, 1, 5, 9] into 'y' [2, -3, 3, -4, 0]: the 5 equations are inconsistent"));
    }

    [Test]
    public void Input_that_cannot_tell_filters_apart_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => FilterRecovery.Recover1d(T("[0, 0, 0, 0]"), T("[0, 0]")));
        Assert.That(error!.Message, Does.Contain("do not determine a filter of length 3"));
    }

    [Test]
    public void Output_longer_than_input_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => FilterRecovery.Recover1d(T("[1, 2]"), T("[1, 2, 3]")));
        Assert.That(error!.Message, Is.EqualTo("'y' of length 3 is longer than 'x' of length 2, so no filter produces it"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Recovering_the_filter_of_a_convolution_gives_it_back()
    {
        var cases =
            from k in Gen.Choose(1, 3)
            from extra in Gen.Choose(0, 3)
            from x in SmallTensors.Of(2 * k - 1 + extra)
            from w in SmallTensors.Of(k)
            select (X: x, W: w);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var y = CrossCorrelation.Apply(c.X, c.W, ConvolutionGeometry.Plain(1));
            try
            {
                return FilterRecovery.Recover1d(c.X, y).Equals(c.W);
            }
            catch (EvaluationException e)
            {
                // A y that is a convolution is always consistent; only an uninformative x may fail.
                return e.Message.Contains("do not determine");
            }
        });
    }
}
