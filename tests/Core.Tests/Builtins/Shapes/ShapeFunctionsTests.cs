using System.Globalization;
using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

public class ShapeFunctionsTests
{
    // Seed sheets: a 224 input through Conv k7 s1 p0, Conv k3 s2 p1, then a 2×2 max pool; and the
    // 32×32×3 volume under a 5×5 filter with strides 1 and 3.
    [TestCase(224, 7, 1, 0, 218)]
    [TestCase(218, 3, 2, 1, 109)]
    [TestCase(32, 5, 1, 0, 28)]
    [TestCase(32, 5, 3, 0, 10)]
    [TestCase(32, 3, 1, 1, 32)]
    [TestCase(32, 4, 2, 0, 15)]
    public void Conv_output_size_follows_the_pytorch_formula(int n, int k, int stride, int padding, int expected) =>
        Assert.That(CallInteger("conv_out", n, k, stride, padding), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Conv_output_size_floors_when_stride_does_not_divide() =>
        Assert.That(CallInteger("conv_out", 10, 3, 2), Is.EqualTo((BigInteger)4));

    [Test]
    public void Conv_output_size_counts_the_dilated_span() =>
        Assert.That(CallInteger("conv_out", 10, 3, Named("dilation", 2)), Is.EqualTo((BigInteger)6));

    [Test]
    public void Conv_output_size_error_names_the_function() =>
        Assert.That(() => Call("conv_out", 4, 7), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("conv_out: a kernel spanning 7 does not fit in an input of 4 with padding 0"));

    [Test]
    public void Conv_output_size_rejects_a_non_integer_size() =>
        Assert.That(() => Call("conv_out", Value.Of(new Rational(7, 2)), 3), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("conv_out: 'n' must be an integer, got 7/2"));

    [Test]
    public void Pool_output_size_defaults_the_stride_to_the_kernel() =>
        Assert.That(CallInteger("pool_out", 109, 2), Is.EqualTo((BigInteger)54));

    [Test]
    public void Pool_output_size_rounds_up_in_ceil_mode() =>
        Assert.That(CallInteger("pool_out", 109, 2, Named("ceil_mode", true)), Is.EqualTo((BigInteger)55));

    [Test]
    public void Pool_output_size_in_ceil_mode_keeps_one_window_larger_than_the_input_that_starts_inside_it() =>
        // ⌈(2 − 3)/2⌉ + 1 = 1: the 3-wide window starts at 0 and overhangs the 2 inputs by 1, less than the stride 2.
        Assert.That(CallInteger("pool_out", 2, 3, 2, Named("ceil_mode", true)), Is.EqualTo((BigInteger)1));

    [Test]
    public void Pool_output_size_without_ceil_mode_refuses_a_window_larger_than_the_input() =>
        Assert.That(() => Call("pool_out", 2, 3, 2),
            Throws.TypeOf<EvaluationException>().With.Message.EqualTo("pool_out: a pooling window spanning 3 does not fit in an input of 2 with padding 0"));

    [Test]
    public void Pool_output_size_in_ceil_mode_refuses_a_window_overhanging_by_the_stride() =>
        // ⌈(1 − 3)/2⌉ + 1 = 0: PyTorch's "output size is too small".
        Assert.That(() => Call("pool_out", 1, 3, 2, Named("ceil_mode", true)),
            Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
                "pool_out: a pooling window spanning 3 does not fit in an input of 1 with padding 0; ceil_mode lets a window run past the padded input by less than the stride 2, not by 2"));

    [Test]
    public void Pool_output_size_in_ceil_mode_drops_a_window_starting_in_the_right_padding() =>
        // ceil((5 + 2 − 2) / 2) + 1 = 4, but the fourth window would start at 6 ≥ n + p = 6.
        Assert.That(CallInteger("pool_out", 5, 2, 2, 1, Named("ceil_mode", true)), Is.EqualTo((BigInteger)3));

    [TestCase(16, 4, 2, 1, 0, 32)]
    [TestCase(109, 3, 2, 1, 1, 218)]
    [TestCase(7, 3, 1, 0, 0, 9)]
    public void Transposed_conv_output_size_follows_the_pytorch_formula(int n, int k, int stride, int padding, int outputPadding, int expected) =>
        Assert.That(CallInteger("conv_transpose_out", n, k, stride, padding, outputPadding), Is.EqualTo((BigInteger)expected));

    // Seed: a flattened 100×100 image into 1000 hidden units, with and without bias; a 10×10 patch into 1000.
    [TestCase(10_000, 1000, false, 10_000_000)]
    [TestCase(10_000, 1000, true, 10_001_000)]
    [TestCase(100, 1000, true, 101_000)]
    [TestCase(25_088, 4096, true, 102_764_544)]
    [TestCase(3, 10, true, 40)]
    public void Fully_connected_parameters_are_weights_plus_one_bias_per_output(int nIn, int nOut, bool bias, long expected) =>
        Assert.That(CallInteger("fc_params", nIn, nOut, bias), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Fully_connected_parameters_exceed_int_range_exactly() =>
        Assert.That(CallInteger("fc_params", 1_000_000, 1_000_000), Is.EqualTo(BigInteger.Parse("1000001000000", CultureInfo.InvariantCulture)));

    // Seed: five 5×5×3 filters (375 weights, 380 with bias); VGG's first two convolutions.
    [TestCase(3, 5, 5, false, 375)]
    [TestCase(3, 5, 5, true, 380)]
    [TestCase(3, 64, 3, true, 1792)]
    [TestCase(64, 128, 3, true, 73_856)]
    [TestCase(1, 10, 3, true, 100)]
    [TestCase(10, 10, 3, true, 910)]
    public void Conv2d_parameters_are_one_kernel_per_output_channel_plus_bias(int cIn, int cOut, int k, bool bias, long expected) =>
        Assert.That(CallInteger("conv2d_params", cIn, cOut, k, bias), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Conv2d_parameters_accept_a_rectangular_kernel() =>
        Assert.That(CallInteger("conv2d_params", 3, 64, new[] { 3, 5 }), Is.EqualTo((BigInteger)(64 * (3 * 5 * 3 + 1))));

    [Test]
    public void Conv2d_parameters_reject_a_kernel_with_three_sizes() =>
        Assert.That(() => Call("conv2d_params", 3, 64, new[] { 3, 3, 3 }), Throws.TypeOf<EvaluationException>()
            .With.Message.Contains("'k' must be an integer or a list of 2 integers"));

    [Test]
    public void Conv2d_parameters_reject_a_zero_kernel() =>
        Assert.That(() => Call("conv2d_params", 3, 64, new[] { 3, 0 }), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("conv2d_params: 'k' must be positive, got [3, 0]"));

    [Test]
    public void Conv2d_weight_shape_is_out_channels_in_channels_then_kernel() =>
        Assert.That(Call("conv2d_weight_shape", 3, 64, new[] { 3, 5 }), Is.EqualTo(Value.Shape([64, 3, 3, 5])));

    // Seed: a 3×3×3 convolution on a grayscale video into 64 channels.
    [Test]
    public void Conv3d_weight_shape_of_a_grayscale_video_layer() =>
        Assert.That(Call("conv3d_weight_shape", 1, 64, 3), Is.EqualTo(Value.Shape([64, 1, 3, 3, 3])));

    [TestCase(true, 1792)]
    [TestCase(false, 1728)]
    public void Conv3d_parameters_of_a_grayscale_video_layer(bool bias, int expected) =>
        Assert.That(CallInteger("conv3d_params", 1, 64, 3, bias), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Conv3d_parameters_accept_one_size_per_axis() =>
        Assert.That(CallInteger("conv3d_params", 2, 8, new[] { 1, 3, 3 }), Is.EqualTo((BigInteger)(8 * (9 * 2 + 1))));

    // Seed: with stride (2, 1, 1) and padding 1, 16 frames become 8 and 224×224 frames keep their size.
    [TestCase(16, 2, 8)]
    [TestCase(224, 1, 224)]
    public void Conv3d_output_size_per_axis_of_a_grayscale_video(int n, int stride, int expected) =>
        Assert.That(CallInteger("conv_out", n, 3, stride, 1), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Locally_connected_parameters_of_the_seed_layer_use_19_by_19_positions()
    {
        // The seed sheet printed 20 × 20 = 400 positions and 40K parameters. With a 10×10 window,
        // stride 5 and no padding on 100×100 there are (100 − 10) / 5 + 1 = 19 positions per axis,
        // so 19·19·(10·10·1) = 36,100.
        Assert.That(CallInteger("conv_out", 100, 10, 5), Is.EqualTo((BigInteger)19));
        Assert.That(CallInteger("locally_connected_params", 100, 100, 1, 1, 10, 5, 0, false), Is.EqualTo((BigInteger)36_100));
    }

    [Test]
    public void Locally_connected_parameters_are_a_convolution_per_output_position()
    {
        var perPosition = CallInteger("conv2d_params", 3, 8, 3);
        Assert.That(CallInteger("locally_connected_params", 32, 32, 3, 8, 3), Is.EqualTo(30 * 30 * perPosition));
    }

    [Test]
    public void Locally_connected_parameters_accept_rectangular_settings() =>
        // Output 9 × 4: (10 − 2) / 1 + 1 and (12 + 2 − 3) / 3 + 1.
        Assert.That(CallInteger("locally_connected_params", 10, 12, 2, 4, new[] { 2, 3 }, new[] { 1, 3 }, new[] { 0, 1 }),
            Is.EqualTo((BigInteger)(9 * 4 * 4 * (2 * 3 * 2 + 1))));

    [Test]
    public void Batchnorm_parameters_are_a_scale_and_a_shift_per_channel() =>
        Assert.That(CallInteger("batchnorm_params", 64), Is.EqualTo((BigInteger)128));

    [Test]
    public void Batchnorm_summary_says_running_statistics_are_buffers()
    {
        var function = Functions.Single(f => f.Name == "batchnorm_params");
        Assert.That(function.Summary, Does.Contain("buffers, not parameters"));
    }

    // Seed: the cost of a 3-D convolution is k·k·k·c_F·c_G·l·w·h when padding keeps the size.
    [Test]
    public void Conv_macs_of_a_3d_convolution_multiply_kernel_channels_and_output() =>
        Assert.That(CallInteger("conv_macs", 1, 64, 3, new[] { 16, 224, 224 }),
            Is.EqualTo((BigInteger)3 * 3 * 3 * 1 * 64 * 16 * 224 * 224));

    [Test]
    public void Conv_macs_of_a_2d_convolution() =>
        Assert.That(CallInteger("conv_macs", 3, 64, 3, new[] { 224, 224 }), Is.EqualTo((BigInteger)86_704_128));

    [Test]
    public void Conv_macs_accept_one_kernel_size_per_axis() =>
        Assert.That(CallInteger("conv_macs", 2, 4, new[] { 5 }, new[] { 100 }), Is.EqualTo((BigInteger)(5 * 2 * 4 * 100)));

    [Test]
    public void Conv_macs_reject_a_kernel_of_another_rank_than_the_output() =>
        Assert.That(() => Call("conv_macs", 2, 4, new[] { 3, 3 }, new[] { 16, 32, 32 }), Throws.TypeOf<EvaluationException>()
            .With.Message.Contains("list of 3 integers"));

    [Test]
    public void Conv_macs_reject_four_spatial_axes() =>
        Assert.That(() => Call("conv_macs", 2, 4, 3, new[] { 2, 2, 2, 2 }), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("conv_macs: 'out_shape' must list 1 to 3 spatial sizes, got 4"));

    [Test]
    public void Weight_gradient_std_is_output_positions_per_axis_times_both_sigmas() =>
        Assert.That(Call("weight_grad_std", 5, 3, Value.Of(new Rational(1, 3)), Value.Of(new Rational(1, 2))), Is.EqualTo(Value.Of(new Rational(1, 2))));

    [Test]
    public void Weight_gradient_std_stays_approximate_for_an_approximate_sigma()
    {
        var result = Call("weight_grad_std", 32, 3, Value.Of(Number.Approx(0.5)), 2);
        Assert.That(result, Is.EqualTo(Value.Of(Number.Approx(30.0))));
    }

    [Test]
    public void Weight_gradient_std_rejects_a_kernel_larger_than_the_input() =>
        Assert.That(() => Call("weight_grad_std", 3, 5, 1, 1), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("weight_grad_std: the kernel (5) must fit in the input (3)"));

    [Test]
    public void Weight_gradient_std_rejects_a_negative_sigma() =>
        Assert.That(() => Call("weight_grad_std", 5, 3, -1, 1), Throws.TypeOf<EvaluationException>()
            .With.Message.Contains("must not be negative"));

    // PyTorch's rule: the weight is [c_out, c_in/groups, kh, kw], so c_out·(c_in/groups)·kh·kw weights plus c_out biases.
    [TestCase(32, 32, 3, true, 32, 320)]            // depthwise 3×3: 32·(9·1 + 1)
    [TestCase(32, 64, 1, false, 1, 2048)]           // the pointwise 1×1 after it: 64·32
    [TestCase(64, 128, 3, false, 4, 18432)]         // 128·9·16
    [TestCase(128, 128, 3, false, 32, 4608)]        // ResNeXt-50 32×4d, first stage 3×3: 128·9·4
    public void Grouped_conv2d_params_count_the_channels_of_one_group_per_filter(int cIn, int cOut, int k, bool bias, int groups, long expected) =>
        Assert.That(CallInteger("conv2d_params", cIn, cOut, k, bias, groups), Is.EqualTo((BigInteger)expected));

    [Test]
    public void Grouped_weight_shape_has_the_channels_of_one_group() =>
        Assert.That(Call("conv2d_weight_shape", 32, 64, 3, Named("groups", 32)), Is.EqualTo(Value.Shape([64, 1, 3, 3])));

    [Test]
    public void Grouped_macs_count_the_channels_each_output_sees() =>
        // 3·3·(32/32)·32·112·112: one channel per output value.
        Assert.That(CallInteger("conv_macs", 32, 32, 3, new[] { 112, 112 }, Named("groups", 32)), Is.EqualTo((BigInteger)3_612_672));

    [TestCase("conv2d_params", "conv2d_params: 'groups' (4) must divide 'c_in' (6)")]
    [TestCase("conv3d_params", "conv3d_params: 'groups' (4) must divide 'c_in' (6)")]
    public void Groups_that_do_not_split_the_input_channels_are_rejected(string name, string message) =>
        Assert.That(() => Call(name, 6, 8, 3, Named("groups", 4)), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(message));
}
