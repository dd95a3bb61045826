using DeepExam.Evaluation;
using NUnit.Framework;

namespace DeepExam.Tests.Builtins.Tensors;

/// <summary>What an exercise author sees when a tensor builtin is called with arguments that cannot work.</summary>
public class TensorBuiltinErrorTests
{
    [TestCase("conv2d([[1, 2], [3, 4]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]])",
        "conv2d: kernel [3, 3] does not fit input [2, 2] with padding 0")]
    [TestCase("conv2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 1], [1, 1]], stride=0)",
        "conv2d: 'stride' must be positive, got 0")]
    [TestCase("conv2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 1], [1, 1]], stride=[1, 2, 3])",
        "conv2d: 'stride' must be an integer or a list of 2 integers, got 3")]
    [TestCase("conv2d([[[1, 2], [3, 4]]], [[[1]], [[1]]])",
        "conv2d: 'x' [1, 2, 2] has 1 channel of size [2, 2], so 'w' must be [C, kh, kw] or [F, C, kh, kw] with C = 1, got [2, 1, 1]")]
    [TestCase("conv2d_grad_input([[1, 2], [3, 4]], [[1]], [[1, 2]])",
        "conv2d_grad_input: 'dy' must have the shape of the output, [2, 2], got [1, 2]")]
    [TestCase("conv1d([1, 2], [1, 2, 3])", "conv1d: kernel [3] does not fit input [2] with padding 0")]
    [TestCase("conv_transpose2d([[1, 2], [3, 4]], [[1]], stride=2, output_padding=2)",
        "conv_transpose2d: output_padding 2 must be smaller than the stride 2 or the dilation 1")]
    [TestCase("maxpool2d([[1, 2], [3, 4]], 3)", "maxpool2d: kernel [3, 3] does not fit input [2, 2] with padding 0")]
    [TestCase("avgpool2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2, padding=2)",
        "avgpool2d: pooling padding 2 must be at most half the window span 2")]
    [TestCase("maxpool2d_backward([[1, 2], [3, 4]], [[1, 1]], 2)",
        "maxpool2d_backward: 'dy' must have the shape of the pooled output, [1, 1], got [1, 2]")]
    [TestCase("matmul([[1, 2, 3]], [[1, 2], [3, 4]])",
        "matmul: cannot multiply [1, 3] by [2, 2]: 'a' has 3 columns but 'b' has 2 rows")]
    [TestCase("solve([[1, 2], [2, 4]], [1, 2])",
        "solve: 'A' is singular (rank 1 of 2), so A x = b has no unique solution")]
    [TestCase("recover_filter1d([0, 0, 0], [0, 0])",
        "recover_filter1d: 'x' [0, 0, 0] and 'y' [0, 0] do not determine a filter of length 2: 2 equations of rank 0 leave it underdetermined")]
    [TestCase("reshape([1, 2, 3], [2, 2])", "reshape: cannot reshape [3] (3 values) into [2, 2] (4 values)")]
    [TestCase("relu_grad([1, 2], [1, 2, 3])", "relu_grad: 'dy' must have the shape of 'x', [2], got [3]")]
    [TestCase("relu(\"a\")", "relu: 'x' must be a number or a tensor, got a string")]
    [TestCase("mse([1, 2], [1, 2, 3])", "mse: 'pred' and 'target' must have the same shape, got [2] and [3]")]
    [TestCase("mse([1, 2], [1, 2], reduction=\"avg\")", "mse: 'reduction' must be \"mean\", \"sum\" or \"half_sum\", got \"avg\"")]
    [TestCase("cross_entropy_grad([1, 0], [0, 1])", "cross_entropy_grad: 'p' must be positive where 'y' is not zero, got 0 at index 1")]
    [TestCase("sgd_linear([[1, 2]], [[1], [2]], [[1, 2]], 1)", "sgd_linear: 'T' must have shape [1, 1] like W X, got [1, 2]")]
    [TestCase("softmax([[1, 2], [3, 4]])", "softmax: 'x' must be a vector, got a 2×2 matrix")]
    public void Bad_arguments_give_a_message_that_names_the_builtin_and_the_problem(string call, string message)
    {
        var error = Assert.Throws<EvaluationException>(() => TensorBuiltins.Evaluate(call));
        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Pooling_stride_defaults_to_the_kernel()
    {
        var image = "[[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]]";
        Assert.That(TensorBuiltins.Evaluate($"maxpool2d({image}, 2)"), Is.EqualTo(TensorBuiltins.Evaluate($"maxpool2d({image}, 2, stride=2)")));
        Assert.That(TensorBuiltins.Evaluate($"maxpool2d({image}, 2, stride=1)").ToString(), Is.EqualTo("[[8, 8, 3], [8, 8, 7], [2, 7, 7]]"));
    }

    [Test]
    public void Conv2d_accepts_a_pair_per_axis_and_a_bias_per_filter()
    {
        var y = TensorBuiltins.Evaluate("conv2d([[[1, 2, 3, 4]]], [[[[1]]], [[[2]]]], stride=[1, 2], bias=[10, 20])");
        Assert.That(y.ToString(), Is.EqualTo("[[[11, 13]], [[22, 26]]]"));
    }

    [Test]
    public void Relu_grad_without_dy_is_the_mask_and_with_dy_the_masked_gradient()
    {
        Assert.That(TensorBuiltins.Evaluate("relu_grad(-1/2)").ToString(), Is.EqualTo("0"));
        Assert.That(TensorBuiltins.Evaluate("relu_grad(2, 7)").ToString(), Is.EqualTo("7"));
        Assert.That(TensorBuiltins.Evaluate("leaky_relu_grad([[0, 1]], [[4, 4]])").ToString(), Is.EqualTo("[[1/25, 4]]"));
    }

    [Test]
    public void Mse_of_two_numbers_and_its_gradient_are_numbers()
    {
        Assert.That(TensorBuiltins.Evaluate("mse(3, 1)").ToString(), Is.EqualTo("4"));
        Assert.That(TensorBuiltins.Evaluate("mse_grad(3, 1, reduction=\"half_sum\")").ToString(), Is.EqualTo("2"));
    }

    [Test]
    public void Shape_of_a_number_is_empty()
    {
        Assert.That(TensorBuiltins.Evaluate("shape(5)").ToString(), Is.EqualTo("[]"));
    }
}
