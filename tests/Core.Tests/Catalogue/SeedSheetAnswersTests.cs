using DeepExam.Tests.Expressions;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// The seed sheets' computable answers, each checked by hand, evaluated through the expression
/// language. Where a sheet printed something else, the comment says so (see docs/seed-errata.md).
/// </summary>
public class SeedSheetAnswersTests
{
    [TestCase("fc_params(100 * 100, 1000, bias=false)", "10000000", TestName = "000 1.a FC on a flattened 100x100 image")]
    [TestCase("locally_connected_params(100, 100, 1, 1, 10, stride=5, bias=false)", "36100", TestName = "000 1.b locally connected (sheet printed 40K)")]
    [TestCase("conv_out(32, 5)", "28", TestName = "000 1.d output size, stride 1")]
    [TestCase("conv2d_params(3, 5, 5, bias=false)", "375", TestName = "000 1.e weights of 5 filters 5x5x3")]
    [TestCase("conv_out(32, 5, stride=3)", "10", TestName = "000 1.g output size, stride 3")]
    [TestCase("avgpool2d([[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]], 2)", "[[5, 2], [1, 4]]", TestName = "001 1.c average pooling")]
    [TestCase("conv2d_params(3, 64, 3)", "1792", TestName = "001 2.c.ii Conv(3, 64, 3)")]
    [TestCase("conv2d_params(64, 128, 3)", "73856", TestName = "001 2.c.ii Conv(64, 128, 3)")]
    [TestCase("fc_params(25088, 4096)", "102764544", TestName = "001 2.c.ii FC(25088, 4096)")]
    [TestCase("trace([3, 320, 320], [Conv(3, 64, 3, 1, 1), ReLU(), MaxPool(2, 2), Conv(64, 128, 3, 1, 1), ReLU(), MaxPool(2, 2), Conv(128, 256, 3, 1, 1), ReLU(), MaxPool(2, 2), Conv(256, 512, 3, 1, 1), ReLU(), MaxPool(2, 2)]).output", "[512, 20, 20]", TestName = "001 2.c.i VGG-like trace")]
    [TestCase("sgd_linear([[3, 2]], [[2, 1, -1], [4, -2, 0]], [[15, 3, 1]], 1).loss", "33/2", TestName = "001 1.e loss before the step")]
    [TestCase("sgd_linear([[3, 2]], [[2, 1, -1], [4, -2, 0]], [[15, 3, 1]], 1).w_next", "[[11/3, 2/3]]", TestName = "001 1.e weights after the step")]
    [TestCase("sgd_linear([[3, 2]], [[2, 1, -1], [4, -2, 0]], [[15, 3, 1]], 1).loss_next", "425/18", TestName = "001 1.e loss after the step (sheet printed 23.611)")]
    [TestCase("fc_params(100 * 100, 1000)", "10001000", TestName = "002 Q.1.a FC with bias")]
    [TestCase("fc_params(10 * 10, 1000)", "101000", TestName = "002 Q.1.b patch FC with bias")]
    [TestCase("(100 // 10) ^ 2", "100", TestName = "002 Q.1.b number of patches")]
    [TestCase("conv2d_params(3, 5, 5)", "380", TestName = "002 Q.1.f with bias")]
    [TestCase("conv2d([[0, -1, 3], [2, 0.5, 1]], [[0, 1], [1, 0.5]])", "[[5/4, 4]]", TestName = "002 Q.3.a cross-correlation")]
    [TestCase("conv2d_grad_input([[0, -1, 3], [2, 0.5, 1]], [[0, 1], [1, 0.5]], [[1, 1]])", "[[0, 1, 1], [1, 3/2, 1/2]]", TestName = "002 Q.3.b gradient wrt the input")]
    [TestCase("relu([[0, -1], [2, 0.5]])", "[[0, 0], [2, 1/2]]", TestName = "002 Q.3.c ReLU")]
    [TestCase("relu_grad([[0, -1], [2, 0.5]], [[1, 1], [1, 1]])", "[[0, 0], [1, 1]]", TestName = "002 Q.3.c ReLU gradient")]
    [TestCase("conv3d_weight_shape(1, 64, 3)", "[64, 1, 3, 3, 3]", TestName = "002 Q.5.a weight tensor shape")]
    [TestCase("conv3d_params(1, 64, 3)", "1792", TestName = "002 Q.5.a parameters")]
    [TestCase("[conv_out(16, 3, stride=2, padding=1), conv_out(224, 3, padding=1)]", "[8, 224]", TestName = "002 Q.5.c temporal stride 2")]
    [TestCase("trace([1, 28, 28], [Conv(1, 10, 3, 1, 1), MaxPool(2), Conv(10, 10, 3, 1, 1), MaxPool(2), Flatten(), Linear(490, 3)]).params", "[100, 0, 910, 0, 0, 1473]", TestName = "003 2.(e) small CNN parameters")]
    [TestCase("recover_filter1d([1, 4, 0, -2, 3], [-2, 2, 11])", "[2, -1, 3]", TestName = "003 3.(b) recover a 1-D filter")]
    [TestCase("conv_transpose2d([[-1, 2], [3, 1]], [[1, -1], [0, 1]])", "[[-1, 3, -2], [3, -3, 1], [0, 3, 1]]", TestName = "003 3.(b)(1) transposed conv (sheet printed -5 in the centre)")]
    [TestCase("[conv_out(32, 3, padding=1), conv_out(32, 4, stride=2)]", "[32, 15]", TestName = "003 4.(a) output sizes")]
    [TestCase("conv2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], ones([2, 2]), padding=1)", "[[1, 3, 5, 3], [5, 12, 16, 9], [11, 24, 28, 15], [7, 15, 17, 9]]", TestName = "003 4.d(i) padded conv (sheet printed a 3x3 result)")]
    [TestCase("receptive_field([Conv(1, 1, 3, dilation=1), Conv(1, 1, 3, dilation=2)])", "7", TestName = "003 4.d(ii) dilated receptive field")]
    [TestCase("[conv_out(224, 7), conv_out(218, 3, stride=2, padding=1), pool_out(109, 2)]", "[218, 109, 54]", TestName = "004 Ex. 1 feature-map sizes")]
    public void Seed_answer_is_reproduced(string expression, string expected) =>
        Assert.That(ExpressionEvaluatorTests.Eval(expression).ToString(), Is.EqualTo(expected));
}
