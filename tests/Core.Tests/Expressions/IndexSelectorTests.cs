using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;

namespace DeepExam.Tests.Expressions;

/// <summary>The positions a slice selects, as Python's <c>range(len)[start:stop:step]</c> gives them.</summary>
public class IndexSelectorTests
{
    // Each expected list is what Python 3 prints for list(range(5)[start:stop:step]).
    [TestCase(null, null, null, new[] { 0, 1, 2, 3, 4 })]
    [TestCase(1, 3, null, new[] { 1, 2 })]
    [TestCase(-2, null, null, new[] { 3, 4 })]
    [TestCase(null, -1, null, new[] { 0, 1, 2, 3 })]
    [TestCase(-9, 9, null, new[] { 0, 1, 2, 3, 4 })]
    [TestCase(3, 1, null, new int[0])]
    [TestCase(null, null, 2, new[] { 0, 2, 4 })]
    [TestCase(1, null, 3, new[] { 1, 4 })]
    [TestCase(null, null, -1, new[] { 4, 3, 2, 1, 0 })]
    [TestCase(3, null, -2, new[] { 3, 1 })]
    [TestCase(-1, 0, -1, new[] { 4, 3, 2, 1 })]
    [TestCase(9, -9, -2, new[] { 4, 2, 0 })]
    [TestCase(1, 3, -1, new int[0])]
    public void Positions_follow_python(int? start, int? stop, int? step, int[] expected) =>
        Assert.That(IndexSelector.Slice(start, stop, step).Positions(5), Is.EqualTo(expected));

    [TestCase(1, 3, null, "1:3")]
    [TestCase(null, -1, null, ":-1")]
    [TestCase(null, null, -1, "::-1")]
    public void A_slice_prints_as_written(int? start, int? stop, int? step, string text) =>
        Assert.That(IndexSelector.Slice(start, stop, step).ToString(), Is.EqualTo(text));

    [Test]
    public void A_zero_step_is_an_evaluation_error() =>
        Assert.That(() => IndexSelector.Slice(0, 2, 0), Throws.TypeOf<EvaluationException>().With.Message.EqualTo("a slice step cannot be 0"));
}
