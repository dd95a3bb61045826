using DeepExam.Builtins.Shapes;
using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class TransposedConvolutionTests
{
    [Test]
    public void Seed_case_centre_is_minus_three_not_the_printed_minus_five()
    {
        // The seed sheet prints −5 in the middle. The four stamps covering the centre give
        // x00·w11 + x01·w10 + x10·w01 + x11·w00 = (−1)·1 + 2·0 + 3·(−1) + 1·1 = −3.
        var y = TransposedConvolution.Apply(T("[[-1, 2], [3, 1]]"), T("[[1, -1], [0, 1]]"), ConvolutionGeometry.Plain(2));
        Assert.That(y, Is.EqualTo(T("[[-1, 3, -2], [3, -3, 1], [0, 3, 1]]")));
    }

    [Test]
    public void Stride_spaces_the_stamps_apart()
    {
        var y = TransposedConvolution.Apply(T("[[1, 2]]"), T("[[1, 1], [1, 1]]"), ConvolutionGeometry.Uniform(2, 2));
        Assert.That(y, Is.EqualTo(T("[[1, 1, 2, 2], [1, 1, 2, 2]]")));
    }

    [Test]
    public void Padding_crops_the_border_of_the_full_result()
    {
        var x = T("[[-1, 2], [3, 1]]");
        var w = T("[[1, -1], [0, 1]]");
        var cropped = TransposedConvolution.Apply(x, w, ConvolutionGeometry.Uniform(2, 1, padding: 1));
        Assert.That(cropped, Is.EqualTo(T("[[-3]]")));
    }

    [Test]
    public void Output_padding_adds_cells_at_the_far_edge()
    {
        var y = TransposedConvolution.Apply(T("[[1, 2], [3, 4]]"), T("[[1]]"), ConvolutionGeometry.Uniform(2, 2), [1, 1]);
        Assert.That(y, Is.EqualTo(T("[[1, 0, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]]")));
    }

    [Test]
    public void Multichannel_input_uses_the_pytorch_in_out_weight_layout()
    {
        // w [C=2, F=1, 1, 1]: the single output map is 1·channel 0 + 10·channel 1.
        var x = T("[[[1, 2]], [[3, 4]]]");
        var y = TransposedConvolution.Apply(x, T("[[[[1]]], [[[10]]]]"), ConvolutionGeometry.Plain(2));
        Assert.That(y, Is.EqualTo(T("[[[31, 42]]]")));
    }

    [TestCase(3, 3, 2, 1, 0, 1)]
    [TestCase(4, 2, 3, 0, 2, 1)]
    [TestCase(2, 3, 1, 1, 0, 2)]
    public void Output_size_follows_the_pytorch_formula(int n, int kernel, int stride, int padding, int outputPadding, int dilation)
    {
        var y = TransposedConvolution.Apply(Tensor.Zeros([n, n]), Tensor.Zeros([kernel, kernel]),
            ConvolutionGeometry.Uniform(2, stride, padding, dilation), [outputPadding, outputPadding]);
        var expected = OutputSize.TransposedConvolution(n, kernel, stride, padding, outputPadding, dilation);
        Assert.That(y.Shape, Is.EqualTo(new[] { expected, expected }));
    }

    [Test]
    public void Weight_without_the_input_channel_axis_is_rejected_for_multichannel_input()
    {
        var error = Assert.Throws<EvaluationException>(() =>
            TransposedConvolution.Apply(Tensor.Zeros([2, 3, 3]), Tensor.Zeros([2, 2, 2]), ConvolutionGeometry.Plain(2)));
        Assert.That(error!.Message, Is.EqualTo("'x' [2, 3, 3] has 2 channels of size [3, 3], so 'w' must be [C, F, kh, kw] with C = 2, got [2, 2, 2]"));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Transposed_convolution_is_the_adjoint_of_convolution()
    {
        // <conv(x), y> = <x, conv_transpose(y)> for every x and y, exactly, with output_padding chosen
        // so the transposed result has the shape of x.
        var cases =
            from c in SmallTensors.Convolution().Where(c => c.Groups == 1)
            let outputShape = CrossCorrelation.Apply(c.X, c.W, c.Geometry).Shape.ToArray()
            from y in SmallTensors.Of(outputShape)
            select (Case: c, Y: y);
        return Prop.ForAll(cases.ToArbitrary(), t =>
        {
            var (c, y) = t;
            var forward = LinearAlgebra.Dot(CrossCorrelation.Apply(c.X, c.W, c.Geometry), y);
            var back = TransposedConvolution.Apply(y, c.W, c.Geometry, ConvolutionGradientsTests.OutputPaddingToReach(c));
            return back.SameShape(c.X) && forward.Equals(LinearAlgebra.Dot(c.X, back));
        });
    }
}
