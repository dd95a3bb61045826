using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class ConvolutionGradientsTests
{
    private static readonly Tensor SeedX = T("[[0, -1, 3], [2, 1/2, 1]]");
    private static readonly Tensor SeedW = T("[[0, 1], [1, 1/2]]");

    /// <summary>Convolutions over one, two or three spatial axes, a third of the runs each on average.</summary>
    private static readonly Gen<ConvolutionCase> AnyAxes = Gen.Choose(1, 3).SelectMany(axes => SmallTensors.Convolution(axes));

    [Test]
    public void Input_gradient_of_the_seed_case_stamps_the_kernel_at_each_output()
    {
        // Seed sheet, hand-verified: dy = [[1, 1]] puts w at columns 0 and 1 and adds the overlap.
        var dx = ConvolutionGradients.Input(SeedX, SeedW, T("[[1, 1]]"), ConvolutionGeometry.Plain(2));
        Assert.That(dx, Is.EqualTo(T("[[0, 1, 1], [1, 3/2, 1/2]]")));
    }

    [Test]
    public void Weight_gradient_of_the_seed_case_sums_the_input_under_each_tap()
    {
        var dw = ConvolutionGradients.Weight(SeedX, SeedW, T("[[1, 1]]"), ConvolutionGeometry.Plain(2));
        Assert.That(dw, Is.EqualTo(T("[[-1, 2], [5/2, 3/2]]")));
    }

    [Test]
    public void Strided_input_gradient_leaves_skipped_cells_at_zero()
    {
        var dx = ConvolutionGradients.Input(Tensor.Zeros([1, 5]), T("[[1]]"), T("[[2, 3, 4]]"), new ConvolutionGeometry([1, 2], [0, 0], [1, 1]));
        Assert.That(dx, Is.EqualTo(T("[[2, 0, 3, 0, 4]]")));
    }

    [Test]
    public void Upstream_gradient_of_the_wrong_shape_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => ConvolutionGradients.Input(SeedX, SeedW, T("[[1, 1], [1, 1]]"), ConvolutionGeometry.Plain(2)));
        Assert.That(error!.Message, Is.EqualTo("'dy' must have the shape of the output, [1, 2], got [2, 2]"));
    }

    [Property(MaxTest = 3 * SmallTensors.Runs)]
    public Property Input_gradient_equals_the_exact_finite_difference_of_the_linear_map()
    {
        // conv is linear in x, so f(x + e_i) − f(x) is exactly the response to e_i: no step size, no rounding.
        return Prop.ForAll(AnyAxes.ToArbitrary(), c =>
        {
            var dx = ConvolutionGradients.Input(c.X, c.W, c.Dy, c.Geometry, c.Groups);
            var y = CrossCorrelation.Apply(c.X, c.W, c.Geometry, c.Bias, c.Groups);
            return Enumerable.Range(0, c.X.Count).All(i =>
            {
                var nudged = CrossCorrelation.Apply(Add(c.X, Unit(c.X.Shape, i)), c.W, c.Geometry, c.Bias, c.Groups);
                return LinearAlgebra.Dot(nudged.Zip(y, (a, b) => a - b, "difference"), c.Dy).Equals(dx[i]);
            });
        });
    }

    [Property(MaxTest = 3 * SmallTensors.Runs)]
    public Property Weight_gradient_equals_the_exact_finite_difference_of_the_linear_map()
    {
        return Prop.ForAll(AnyAxes.ToArbitrary(), c =>
        {
            var dw = ConvolutionGradients.Weight(c.X, c.W, c.Dy, c.Geometry, c.Groups);
            var y = CrossCorrelation.Apply(c.X, c.W, c.Geometry, c.Bias, c.Groups);
            return Enumerable.Range(0, c.W.Count).All(i =>
            {
                var nudged = CrossCorrelation.Apply(c.X, Add(c.W, Unit(c.W.Shape, i)), c.Geometry, c.Bias, c.Groups);
                return LinearAlgebra.Dot(nudged.Zip(y, (a, b) => a - b, "difference"), c.Dy).Equals(dw[i]);
            });
        });
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Input_gradient_is_the_transposed_convolution_of_the_upstream_gradient()
    {
        // conv_transpose2d has no groups: the ungrouped layouts only.
        return Prop.ForAll(SmallTensors.Convolution().Where(c => c.Groups == 1).ToArbitrary(), c =>
        {
            var dx = ConvolutionGradients.Input(c.X, c.W, c.Dy, c.Geometry);
            var transposed = TransposedConvolution.Apply(c.Dy, c.W, c.Geometry, OutputPaddingToReach(c));
            return dx.Equals(transposed);
        });
    }

    /// <summary>The output_padding that makes the transposed convolution come back to x's spatial size.</summary>
    public static int[] OutputPaddingToReach(ConvolutionCase c)
    {
        var g = c.Geometry;
        var size = c.X.Shape.Skip(c.X.Rank - 2).ToArray();
        var kernel = c.W.Shape.Skip(c.W.Rank - 2).ToArray();
        // The strided convolution drops the last (room mod stride) cells; output_padding puts them back.
        return [.. Enumerable.Range(0, 2).Select(i => (size[i] + 2 * g.Padding[i] - g.Dilation[i] * (kernel[i] - 1) - 1) % g.Stride[i])];
    }

    [Test]
    public void Gradients_of_exact_inputs_are_exact()
    {
        var dx = ConvolutionGradients.Input(SeedX, SeedW, T("[[1/3, 2]]"), ConvolutionGeometry.Plain(2));
        Assert.That(dx.IsExact, Is.True);
        Assert.That(dx[0, 1], Is.EqualTo(Number.Exact(new Rational(1, 3))));
    }

    [Test]
    public void A_1d_input_gradient_stamps_the_filter_at_each_output_scaled_by_its_upstream_gradient()
    {
        // dy = [1, 0, 2]: w at position 0, and 2·w at position 2: [2, −1, 3, 0, 0] + [0, 0, 4, −2, 6].
        var dx = ConvolutionGradients.Input(T("[1, 4, 0, -2, 3]"), T("[2, -1, 3]"), T("[1, 0, 2]"), ConvolutionGeometry.Plain(1));
        Assert.That(dx, Is.EqualTo(T("[2, -1, 7, -2, 6]")));
    }

    [Test]
    public void A_1d_weight_gradient_sums_the_input_under_each_tap_weighted_by_the_upstream_gradient()
    {
        // dw_k = Σ_o dy_o x_{o+k}: 1·1 + 2·0 = 1, 1·4 + 2·(−2) = 0, 1·0 + 2·3 = 6.
        var dw = ConvolutionGradients.Weight(T("[1, 4, 0, -2, 3]"), T("[2, -1, 3]"), T("[1, 0, 2]"), ConvolutionGeometry.Plain(1));
        Assert.That(dw, Is.EqualTo(T("[1, 0, 6]")));
    }

    [Test]
    public void A_strided_dilated_1d_gradient_reaches_only_the_cells_the_taps_read()
    {
        // Stride 2, dilation 2, k = 2 on 7 cells: ⌊(7 − 3)/2⌋ + 1 = 3 outputs read cells {0, 2}, {2, 4} and {4, 6};
        // the odd cells get nothing: dx = [1·1, 0, 1·10 + 2·1, 0, 2·10 + 3·1, 0, 3·10].
        var geometry = new ConvolutionGeometry([2], [0], [2]);
        var dx = ConvolutionGradients.Input(Tensor.Zeros([7]), T("[1, 10]"), T("[1, 2, 3]"), geometry);
        Assert.That(dx, Is.EqualTo(T("[1, 0, 12, 0, 23, 0, 30]")));
    }

    [Test]
    public void A_3d_gradient_over_channels_has_the_shapes_of_x_and_w()
    {
        // x [2, 2, 2, 2] with w [2, 1, 1, 1] (a 1×1×1 kernel per channel, summed): dx_c = w_c·dy, dw_c = Σ x_c·dy.
        var x = Tensor.Build([2, 2, 2, 2], i => i[0] * 8 + i[1] * 4 + i[2] * 2 + i[3]);
        var w = T("[[[[2]]], [[[-1]]]]");
        var dy = Tensor.Build([2, 2, 2], _ => 1);
        Assert.That(ConvolutionGradients.Input(x, w, dy, ConvolutionGeometry.Plain(3)), Is.EqualTo(Tensor.Build([2, 2, 2, 2], i => i[0] == 0 ? 2 : -1)));
        Assert.That(ConvolutionGradients.Weight(x, w, dy, ConvolutionGeometry.Plain(3)), Is.EqualTo(T("[[[[28]]], [[[92]]]]")));
    }
}
