using DeepExam.Builtins.Shapes;
using DeepExam.Evaluation;

namespace DeepExam.Tests.Builtins.Shapes;

public class OutputSizeOverflowTests
{
    [Test]
    public void A_huge_dilation_is_an_error_not_a_wrapped_size() =>
        Assert.That(() => OutputSize.Convolution(5, 3, 1, 0, 2_000_000_000), Throws.TypeOf<EvaluationException>().With.Message.Contains("does not fit"));

    [Test]
    public void Padding_the_largest_input_reports_an_output_too_large_to_hold() =>
        Assert.That(() => OutputSize.Convolution(int.MaxValue, 1, 1, 1), Throws.TypeOf<EvaluationException>().With.Message.Contains("too large"));

    [Test]
    public void Transposed_convolution_of_a_large_input_reports_too_large() =>
        Assert.That(() => OutputSize.TransposedConvolution(100_000, 3, 100_000), Throws.TypeOf<EvaluationException>().With.Message.Contains("too large"));

    [Test]
    public void Sizes_near_the_limit_are_still_exact() =>
        Assert.That(OutputSize.Convolution(int.MaxValue - 2, 1, 1, 1), Is.EqualTo(int.MaxValue));
}
