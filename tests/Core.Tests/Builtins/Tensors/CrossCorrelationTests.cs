using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class CrossCorrelationTests
{
    private static ConvolutionGeometry Plain2d => ConvolutionGeometry.Plain(2);

    [Test]
    public void Conv2d_slides_the_kernel_without_flipping_it()
    {
        // Seed sheet, hand-verified: 0·0 + (−1)·1 + 2·1 + ½·½ = 5/4 and 0·(−1) + 1·3 + 1·½ + ½·1 = 4.
        var y = CrossCorrelation.Apply(T("[[0, -1, 3], [2, 1/2, 1]]"), T("[[0, 1], [1, 1/2]]"), Plain2d);
        Assert.That(y, Is.EqualTo(T("[[5/4, 4]]")));
    }

    [Test]
    public void Conv2d_zero_pads_and_adds_the_bias()
    {
        var y = CrossCorrelation.Apply(T("[[1, 2], [3, 4]]"), T("[[1, 0], [0, 1]]"), ConvolutionGeometry.Uniform(2, 1, padding: 1), T("[1]"));
        Assert.That(y, Is.EqualTo(T("[[2, 3, 1], [4, 6, 3], [1, 4, 5]]")));
    }

    [Test]
    public void Conv2d_with_a_multichannel_kernel_sums_over_channels_into_one_map()
    {
        var x = T("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]");
        var y = CrossCorrelation.Apply(x, T("[[[1]], [[10]]]"), Plain2d);
        Assert.That(y, Is.EqualTo(T("[[51, 62], [73, 84]]")));
    }

    [Test]
    public void Conv2d_with_a_filter_bank_gives_one_map_per_filter_plus_its_bias()
    {
        var x = T("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]");
        var swap = T("[[[[0]], [[1]]], [[[1]], [[0]]]]");
        var y = CrossCorrelation.Apply(x, swap, Plain2d, T("[100, -1]"));
        Assert.That(y, Is.EqualTo(T("[[[105, 106], [107, 108]], [[0, 1], [2, 3]]]")));
    }

    [Test]
    public void Conv2d_takes_a_different_stride_per_axis()
    {
        var x = T("[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]");
        var y = CrossCorrelation.Apply(x, T("[[1]]"), new ConvolutionGeometry([1, 2], [0, 0], [1, 1]));
        Assert.That(y, Is.EqualTo(T("[[1, 3], [5, 7], [9, 11]]")));
    }

    [Test]
    public void Conv2d_dilation_spreads_the_kernel_taps_apart()
    {
        var x = T("[[1, 2, 3], [4, 5, 6], [7, 8, 9]]");
        var y = CrossCorrelation.Apply(x, T("[[1, 0], [0, 1]]"), ConvolutionGeometry.Uniform(2, 1, dilation: 2));
        Assert.That(y, Is.EqualTo(T("[[10]]")));
    }

    [TestCase("[1, 4, 0, -2, 3]", "[2, -1, 3]", 1, 0, 1, "[-2, 2, 11]")]
    [TestCase("[1, 2, 3]", "[1, 1]", 1, 1, 1, "[1, 3, 5, 3]")]
    [TestCase("[1, 2, 3, 4, 5]", "[1, 1]", 2, 0, 1, "[3, 7]")]
    [TestCase("[1, 2, 3, 4, 5]", "[1, 1]", 1, 0, 3, "[5, 7]")]
    public void Conv1d_matches_hand_computed_outputs(string x, string w, int stride, int padding, int dilation, string expected)
    {
        var y = CrossCorrelation.Apply(T(x), T(w), ConvolutionGeometry.Uniform(1, stride, padding, dilation));
        Assert.That(y, Is.EqualTo(T(expected)));
    }

    [Test]
    public void Conv3d_sums_over_channels_and_all_three_spatial_axes()
    {
        // Two channels of a 2×2×2 volume; the kernel picks the two opposite corners of channel 1 only.
        var x = T("[[[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[10, 20], [30, 40]], [[50, 60], [70, 80]]]]");
        var w = T("[[[[0, 0], [0, 0]], [[0, 0], [0, 0]]], [[[1, 0], [0, 0]], [[0, 0], [0, 1]]]]");
        Assert.That(CrossCorrelation.Apply(x, w, ConvolutionGeometry.Plain(3)), Is.EqualTo(T("[[[90]]]")));
    }

    [Test]
    public void Kernel_larger_than_the_padded_input_names_both_shapes()
    {
        var error = Assert.Throws<EvaluationException>(() => CrossCorrelation.Apply(T("[[1, 2], [3, 4]]"), Tensor.Zeros([3, 3]), Plain2d));
        Assert.That(error!.Message, Is.EqualTo("kernel [3, 3] does not fit input [2, 2] with padding 0"));
    }

    [Test]
    public void Dilated_kernel_that_does_not_fit_mentions_the_dilation()
    {
        var error = Assert.Throws<EvaluationException>(() =>
            CrossCorrelation.Apply(Tensor.Zeros([4, 4]), Tensor.Zeros([3, 3]), ConvolutionGeometry.Uniform(2, 1, dilation: 2)));
        Assert.That(error!.Message, Is.EqualTo("kernel [3, 3] with dilation 2 does not fit input [4, 4] with padding 0"));
    }

    [Test]
    public void Kernel_with_the_wrong_number_of_channels_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => CrossCorrelation.Apply(Tensor.Zeros([3, 4, 4]), Tensor.Zeros([2, 2, 2]), Plain2d));
        Assert.That(error!.Message, Is.EqualTo("'x' [3, 4, 4] has 3 channels of size [4, 4], so 'w' must be [C, kh, kw] or [F, C, kh, kw] with C = 3, got [2, 2, 2]"));
    }

    [Test]
    public void Multichannel_kernel_on_a_single_map_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => CrossCorrelation.Apply(Tensor.Zeros([4, 4]), Tensor.Zeros([2, 2, 2]), Plain2d));
        Assert.That(error!.Message, Is.EqualTo("'x' [4, 4] has no channel axis, so 'w' must be [kh, kw], got [2, 2, 2]"));
    }

    [Test]
    public void Bias_with_the_wrong_length_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() =>
            CrossCorrelation.Apply(Tensor.Zeros([1, 3, 3]), Tensor.Zeros([2, 1, 2, 2]), Plain2d, T("[1, 2, 3]")));
        Assert.That(error!.Message, Is.EqualTo("'bias' must be a number or a vector with one entry per filter (2), got shape [3]"));
    }

    [Test]
    public void A_depthwise_convolution_applies_each_filter_to_its_own_channel()
    {
        // groups = C = 2: filter 1 ([[1, 1]]) on channel 1, filter 2 ([[1, −1]]) on channel 2, each plus its bias.
        var x = T("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]");
        var y = CrossCorrelation.Apply(x, T("[[[[1, 1]]], [[[1, -1]]]]"), Plain2d, T("[10, 20]"), groups: 2);
        Assert.That(y, Is.EqualTo(T("[[[13], [17]], [[19], [19]]]")));
    }

    [Test]
    public void Two_groups_of_two_channels_feed_three_filters_each()
    {
        // Filters 1–3 read channels 1–2 and filters 4–6 channels 3–4; 1×1 kernels make each output a weighted sum.
        var x = T("[[[1]], [[2]], [[3]], [[4]]]");
        var w = Tensor.Create([6, 2, 1, 1], [1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, -1]);
        Assert.That(CrossCorrelation.Apply(x, w, Plain2d, groups: 2), Is.EqualTo(T("[[[1]], [[2]], [[3]], [[3]], [[4]], [[-1]]]")));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property A_grouped_convolution_is_the_ordinary_convolutions_of_its_groups_stacked()
    {
        // Group k: channels k·C/g … (k+1)·C/g − 1 with filters k·F/g … (k+1)·F/g − 1, an ordinary filter bank each.
        return Prop.ForAll(SmallTensors.Convolution().Where(c => c.Groups > 1).ToArbitrary(), c =>
        {
            var (channels, filters) = (c.X.Shape[0] / c.Groups, c.W.Shape[0] / c.Groups);
            var parts = Enumerable.Range(0, c.Groups).Select(k => CrossCorrelation.Apply(
                Slice(c.X, k * channels, channels), Slice(c.W, k * filters, filters), c.Geometry, Slice(c.Bias, k * filters, filters)));
            var stacked = Tensor.Create([c.W.Shape[0], .. parts.First().Shape.Skip(1)], [.. parts.SelectMany(p => p.Values)]);
            return CrossCorrelation.Apply(c.X, c.W, c.Geometry, c.Bias, c.Groups).Equals(stacked);
        });
    }

    private static Tensor Slice(Tensor t, int start, int count) =>
        Tensor.Build([count, .. t.Shape.Skip(1)], i => t[[i[0] + start, .. i[1..]]]);

    [TestCase(new[] { 3, 4, 4 }, new[] { 2, 1, 2, 2 }, 2, "'groups' (2) must divide the input channels of 'x' (3)")]
    [TestCase(new[] { 4, 4, 4 }, new[] { 3, 2, 2, 2 }, 2, "'groups' (2) must divide the filters of 'w' (3)")]
    [TestCase(new[] { 4, 4, 4 }, new[] { 2, 4, 2, 2 }, 2, "'x' has 4 channels in 2 groups of 2, so 'w' must be [F, 2, kh, kw], got [2, 4, 2, 2]")]
    [TestCase(new[] { 4, 4 }, new[] { 2, 1, 2, 2 }, 2, "'groups' needs 'x' with a channel axis, [C, H, W], got [4, 4]")]
    [TestCase(new[] { 4, 4, 4 }, new[] { 2, 4, 2, 2 }, 0, "'groups' must be positive, got 0")]
    public void Groups_that_do_not_split_the_channels_and_filters_are_rejected(int[] x, int[] w, int groups, string message)
    {
        var error = Assert.Throws<EvaluationException>(() => CrossCorrelation.Apply(Tensor.Zeros(x), Tensor.Zeros(w), Plain2d, groups: groups));
        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Padding_the_input_first_gives_the_same_result_as_convolution_padding()
    {
        return Prop.ForAll(SmallTensors.Convolution().ToArbitrary(), c =>
        {
            var g = c.Geometry;
            var padded = Padding.Pad(c.X, g.Padding, 0);
            var unpadded = new ConvolutionGeometry(g.Stride, [0, 0], g.Dilation);
            return CrossCorrelation.Apply(c.X, c.W, g, groups: c.Groups).Equals(CrossCorrelation.Apply(padded, c.W, unpadded, groups: c.Groups));
        });
    }
}
