using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class MaxPoolingTests
{
    private static readonly Tensor Image = T("[[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]]");

    [Test]
    public void Max_pool_takes_the_largest_cell_of_each_window()
    {
        Assert.That(MaxPooling.Forward(Image, PoolingGeometry.Square(2)), Is.EqualTo(T("[[8, 3], [2, 7]]")));
    }

    [Test]
    public void Max_pool_ignores_padded_cells_even_when_every_input_is_negative()
    {
        var y = MaxPooling.Forward(T("[[-1, -2], [-3, -4]]"), PoolingGeometry.Square(2, stride: 1, padding: 1));
        Assert.That(y, Is.EqualTo(T("[[-1, -1, -2], [-1, -1, -2], [-3, -3, -4]]")));
    }

    [Test]
    public void Ceil_mode_keeps_the_partial_windows_at_the_far_edge()
    {
        var x = T("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]");
        Assert.That(MaxPooling.Forward(x, PoolingGeometry.Square(2)), Is.EqualTo(T("[[5]]")));
        Assert.That(MaxPooling.Forward(x, PoolingGeometry.Square(2, ceilMode: true)), Is.EqualTo(T("[[5, 6], [8, 9]]")));
    }

    [Test]
    public void Ceil_mode_keeps_one_window_larger_than_the_input_when_it_starts_inside_it()
    {
        // PyTorch: MaxPool2d(3, stride=2, ceil_mode=True) on a 2 × 2 input gives one window, cut to the input.
        var geometry = PoolingGeometry.Square(3, stride: 2, ceilMode: true);
        Assert.That(MaxPooling.Forward(T("[[1, 2], [3, 4]]"), geometry), Is.EqualTo(T("[[4]]")));
        Assert.That(MaxPooling.Backward(T("[[1, 2], [3, 4]]"), T("[[7]]"), geometry), Is.EqualTo(T("[[0, 0], [0, 7]]")));
    }

    [Test]
    public void Without_ceil_mode_a_window_larger_than_the_input_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => MaxPooling.Forward(T("[[1, 2], [3, 4]]"), PoolingGeometry.Square(3, stride: 2)));
        Assert.That(error!.Message, Is.EqualTo("kernel [3, 3] does not fit input [2, 2] with padding 0"));
    }

    [Test]
    public void Channels_are_pooled_separately()
    {
        var y = MaxPooling.Forward(T("[[[1, 2], [3, 4]], [[8, 7], [6, 5]]]"), PoolingGeometry.Square(2));
        Assert.That(y, Is.EqualTo(T("[[[4]], [[8]]]")));
    }

    [Test]
    public void Max_pool_backward_routes_each_gradient_to_its_window_maximum()
    {
        var dx = MaxPooling.Backward(Image, T("[[1, 2], [3, 4]]"), PoolingGeometry.Square(2));
        Assert.That(dx, Is.EqualTo(T("[[0, 0, 2, 0], [0, 1, 0, 0], [0, 0, 4, 0], [3, 0, 0, 0]]")));
    }

    [Test]
    public void Max_pool_backward_routes_gradient_to_first_maximum_on_ties()
    {
        // 3 appears at (0, 1) and (1, 0); PyTorch's CPU kernel keeps the first in row-major order.
        var dx = MaxPooling.Backward(T("[[1, 3], [3, 2]]"), T("[[5]]"), PoolingGeometry.Square(2));
        Assert.That(dx, Is.EqualTo(T("[[0, 5], [0, 0]]")));
    }

    [Test]
    public void Max_pool_backward_adds_up_overlapping_windows_won_by_the_same_cell()
    {
        var dx = MaxPooling.Backward(T("[[1, 5, 2]]"), T("[[10, 1]]"), new PoolingGeometry([1, 2], [1, 1], [0, 0]));
        Assert.That(dx, Is.EqualTo(T("[[0, 11, 0]]")));
    }

    [Test]
    public void Upstream_gradient_of_the_wrong_shape_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => MaxPooling.Backward(Image, T("[[1, 2]]"), PoolingGeometry.Square(2)));
        Assert.That(error!.Message, Is.EqualTo("'dy' must have the shape of the pooled output, [2, 2], got [1, 2]"));
    }

    [Test]
    public void Kernel_larger_than_the_input_names_both_shapes()
    {
        var error = Assert.Throws<EvaluationException>(() => MaxPooling.Forward(T("[[1, 2], [3, 4]]"), PoolingGeometry.Square(3)));
        Assert.That(error!.Message, Is.EqualTo("kernel [3, 3] does not fit input [2, 2] with padding 0"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Max_pool_backward_is_the_exact_finite_difference_away_from_ties()
    {
        // With distinct integers no window changes its winner under a nudge of ½, so the pooled output
        // moves by exactly ½ · (the windows the nudged cell wins).
        var half = Number.Exact(new Rational(1, 2));
        return Prop.ForAll(SmallTensors.Pooling(distinct: true).ToArbitrary(), c =>
        {
            var dx = MaxPooling.Backward(c.X, c.Dy, c.Geometry);
            var y = MaxPooling.Forward(c.X, c.Geometry);
            return Enumerable.Range(0, c.X.Count).All(i =>
            {
                var nudged = MaxPooling.Forward(Add(c.X, Scale(Unit(c.X.Shape, i), half)), c.Geometry);
                return (LinearAlgebra.Dot(nudged.Zip(y, (a, b) => a - b, "difference"), c.Dy) / half).Equals(dx[i]);
            });
        });
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Max_pool_backward_is_adjoint_to_the_selection_it_makes_even_with_ties()
    {
        // Each output is the cell its window selected, so <maxpool(x), dy> = <x, backward(x, dy)>.
        return Prop.ForAll(SmallTensors.Pooling(distinct: false).ToArbitrary(), c =>
            LinearAlgebra.Dot(MaxPooling.Forward(c.X, c.Geometry), c.Dy)
                .Equals(LinearAlgebra.Dot(c.X, MaxPooling.Backward(c.X, c.Dy, c.Geometry))));
    }
}
