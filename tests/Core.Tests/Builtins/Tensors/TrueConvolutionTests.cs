using DeepExam.Builtins.Tensors;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class TrueConvolutionTests
{
    [Test]
    public void True_convolution_flips_the_kernel_before_sliding()
    {
        var x = T("[[1, 2, 3], [4, 5, 6]]");
        var w = T("[[1, 0], [0, 2]]");
        Assert.That(TrueConvolution.Apply(x, w, ConvolutionGeometry.Plain(2)), Is.EqualTo(T("[[7, 10]]")));
        Assert.That(CrossCorrelation.Apply(x, w, ConvolutionGeometry.Plain(2)), Is.EqualTo(T("[[11, 14]]")));
    }

    [Test]
    public void True_convolution_equals_cross_correlation_with_the_flipped_kernel()
    {
        var x = T("[[[1, 2, 0], [0, -1, 3], [2, 2, 1]], [[0, 1, 1], [1/2, 0, 2], [1, 0, -1]]]");
        var w = T("[[[[1, 2], [3, 4]], [[0, -1], [1/2, 0]]]]");
        var g = ConvolutionGeometry.Uniform(2, 1, padding: 1);
        Assert.That(TrueConvolution.Apply(x, w, g), Is.EqualTo(CrossCorrelation.Apply(x, TrueConvolution.Flip(w), g)));
    }

    [TestCase("[1, 2, 3]", "[3, 2, 1]")]
    [TestCase("[[1, 2], [3, 4]]", "[[4, 3], [2, 1]]")]
    [TestCase("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]", "[[[4, 3], [2, 1]], [[8, 7], [6, 5]]]")]
    public void Flip_reverses_the_last_two_axes_or_the_only_axis(string w, string expected)
    {
        Assert.That(TrueConvolution.Flip(T(w)), Is.EqualTo(T(expected)));
    }
}
