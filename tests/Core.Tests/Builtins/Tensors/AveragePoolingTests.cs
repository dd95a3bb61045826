using DeepExam.Builtins.Tensors;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class AveragePoolingTests
{
    [Test]
    public void Average_pool_of_the_seed_image_with_kernel_two()
    {
        var x = T("[[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]]");
        Assert.That(AveragePooling.Forward(x, PoolingGeometry.Square(2)), Is.EqualTo(T("[[5, 2], [1, 4]]")));
    }

    [Test]
    public void Average_pool_counts_padded_cells_as_zeros_in_the_divisor()
    {
        var y = AveragePooling.Forward(T("[[1, 2], [3, 4]]"), PoolingGeometry.Square(2, stride: 1, padding: 1));
        Assert.That(y, Is.EqualTo(T("[[1/4, 3/4, 1/2], [1, 5/2, 3/2], [3/4, 7/4, 1]]")));
    }

    [Test]
    public void Ceil_mode_windows_divide_only_by_their_cells_inside_the_input()
    {
        var y = AveragePooling.Forward(T("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]"), PoolingGeometry.Square(2, ceilMode: true));
        Assert.That(y, Is.EqualTo(T("[[3, 9/2], [15/2, 9]]")));
    }

    [Test]
    public void Average_pool_divisor_counts_padding_but_not_cells_past_the_padded_edge()
    {
        // Rows (and columns) of the windows: −1..1 (3 cells, 2 real), 1..3 (3 real), 3..4 (row 4 is
        // padding; row 5 would lie past it, so the divisor is 2 with 1 real row).
        var ones = Tensor.Build([4, 4], _ => 1);
        var y = AveragePooling.Forward(ones, PoolingGeometry.Square(3, stride: 2, padding: 1, ceilMode: true));
        Assert.That(y, Is.EqualTo(T("[[4/9, 2/3, 1/3], [2/3, 1, 1/2], [1/3, 1/2, 1/4]]")));
    }

    [Test]
    public void A_ceil_mode_window_larger_than_the_input_divides_by_the_cells_it_keeps()
    {
        // One 3 × 3 window cut to the 2 × 2 input (PyTorch's pool_size = (hend − hstart)·(wend − wstart) = 2·2).
        var geometry = PoolingGeometry.Square(3, stride: 2, ceilMode: true);
        Assert.That(AveragePooling.Forward(T("[[1, 2], [3, 4]]"), geometry), Is.EqualTo(T("[[5/2]]")));
        Assert.That(AveragePooling.Backward(T("[[1, 2], [3, 4]]"), T("[[8]]"), geometry), Is.EqualTo(T("[[2, 2], [2, 2]]")));
    }

    [Test]
    public void Average_pool_backward_shares_each_gradient_over_its_window()
    {
        var dx = AveragePooling.Backward(T("[[1, 2], [3, 4]]"), T("[[4]]"), PoolingGeometry.Square(2));
        Assert.That(dx, Is.EqualTo(T("[[1, 1], [1, 1]]")));
    }

    [Test]
    public void Average_pool_backward_adds_up_overlapping_windows()
    {
        var dx = AveragePooling.Backward(T("[[1, 2, 3], [4, 5, 6]]"), T("[[1, 2]]"), PoolingGeometry.Square(2, stride: 1));
        Assert.That(dx, Is.EqualTo(T("[[1/4, 3/4, 1/2], [1/4, 3/4, 1/2]]")));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Average_pool_backward_is_the_adjoint_of_the_linear_forward_pass()
    {
        return Prop.ForAll(SmallTensors.Pooling(distinct: false).ToArbitrary(), c =>
            LinearAlgebra.Dot(AveragePooling.Forward(c.X, c.Geometry), c.Dy)
                .Equals(LinearAlgebra.Dot(c.X, AveragePooling.Backward(c.X, c.Dy, c.Geometry))));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Average_pool_backward_is_the_exact_finite_difference()
    {
        return Prop.ForAll(SmallTensors.Pooling(distinct: false).ToArbitrary(), c =>
        {
            var dx = AveragePooling.Backward(c.X, c.Dy, c.Geometry);
            var y = AveragePooling.Forward(c.X, c.Geometry);
            return Enumerable.Range(0, c.X.Count).All(i =>
            {
                var nudged = AveragePooling.Forward(Add(c.X, Unit(c.X.Shape, i)), c.Geometry);
                return LinearAlgebra.Dot(nudged.Zip(y, (a, b) => a - b, "difference"), c.Dy).Equals(dx[i]);
            });
        });
    }
}
