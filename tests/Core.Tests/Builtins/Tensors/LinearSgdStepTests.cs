using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class LinearSgdStepTests
{
    private static readonly Tensor W = T("[[3, 2]]");
    private static readonly Tensor X = T("[[2, 1, -1], [4, -2, 0]]");
    private static readonly Tensor Targets = T("[[15, 3, 1]]");

    [Test]
    public void Seed_case_with_the_averaged_update()
    {
        var step = LinearSgdStep.Take(W, X, Targets, 1, average: true);
        Assert.That(step.Y, Is.EqualTo(T("[[14, -1, -3]]")));
        Assert.That(step.Loss, Is.EqualTo(Number.Exact(new Rational(33, 2))));
        Assert.That(step.Grad, Is.EqualTo(T("[[-2, 4]]")));
        Assert.That(step.WNext, Is.EqualTo(T("[[11/3, 2/3]]")));
        Assert.That(step.YNext, Is.EqualTo(T("[[10, 7/3, -11/3]]")));
        // The seed sheet prints 23.611: 425/18 rounded, the exact value is kept here.
        Assert.That(step.LossNext, Is.EqualTo(Number.Exact(new Rational(425, 18))));
        Assert.That(step.GradB, Is.Null);
    }

    [Test]
    public void Summed_update_moves_by_the_whole_gradient()
    {
        var step = LinearSgdStep.Take(W, X, Targets, new Rational(1, 10), average: false);
        Assert.That(step.WNext, Is.EqualTo(T("[[16/5, 8/5]]")));
    }

    [Test]
    public void Bias_gets_the_row_sums_of_the_residual_as_its_gradient()
    {
        var step = LinearSgdStep.Take(T("[[1]]"), T("[[1, 2]]"), T("[[3, 3]]"), new Rational(1, 2), average: true, T("[0]"));
        Assert.That(step.GradB, Is.EqualTo(T("[-3]")));
        Assert.That(step.BNext, Is.EqualTo(T("[3/4]")));
        Assert.That(step.YNext, Is.EqualTo(T("[[11/4, 19/4]]")));
        Assert.That(step.LossNext, Is.EqualTo(Number.Exact(new Rational(25, 16))));
    }

    [Test]
    public void Targets_of_the_wrong_shape_are_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => LinearSgdStep.Take(W, X, T("[15, 3, 1]"), 1, average: true));
        Assert.That(error!.Message, Is.EqualTo("'T' must have shape [1, 3] like W X, got [3]"));
    }

    [Test]
    public void Inputs_that_do_not_match_the_weights_are_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => LinearSgdStep.Take(W, T("[[1, 2, 3]]"), Targets, 1, average: true));
        Assert.That(error!.Message, Is.EqualTo("'X' must have 2 rows, one per column of 'W' [1, 2], got shape [1, 3]"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Gradient_equals_the_central_difference_of_the_quadratic_loss()
    {
        var cases =
            from outputs in Gen.Choose(1, 2)
            from inputs in Gen.Choose(1, 3)
            from samples in Gen.Choose(1, 3)
            from w in SmallTensors.Of(outputs, inputs)
            from x in SmallTensors.Of(inputs, samples)
            from t in SmallTensors.Of(outputs, samples)
            from b in SmallTensors.Of(outputs)
            select (W: w, X: x, T: t, B: b);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var step = LinearSgdStep.Take(c.W, c.X, c.T, 1, average: true, c.B);
            Number LossAt(Tensor w, Tensor b) => LinearSgdStep.Take(w, c.X, c.T, 1, average: true, b).Loss;
            var weightsAgree = Enumerable.Range(0, c.W.Count).All(i =>
            {
                var e = Unit(c.W.Shape, i);
                return ((LossAt(Add(c.W, e), c.B) - LossAt(Add(c.W, Scale(e, -1)), c.B)) / 2).Equals(step.Grad[i]);
            });
            var biasAgrees = Enumerable.Range(0, c.B.Count).All(i =>
            {
                var e = Unit(c.B.Shape, i);
                return ((LossAt(c.W, Add(c.B, e)) - LossAt(c.W, Add(c.B, Scale(e, -1)))) / 2).Equals(step.GradB![i]);
            });
            return weightsAgree && biasAgrees;
        });
    }
}
