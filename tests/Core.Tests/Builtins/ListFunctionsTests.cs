using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Values;
using static DeepExam.Tests.Expressions.ExpressionEvaluatorTests;

namespace DeepExam.Tests.Builtins;

/// <summary>len, count_nonzero and where: what they count and pick, and what they refuse.</summary>
public class ListFunctionsTests
{
    [TestCase("len([])", "0")]
    [TestCase("len([[1, 2], [3, 4], [5, 6]])", "3")]
    [TestCase("len(reshape([1, 2, 3, 4, 5, 6], [3, 2]))", "3")]
    [TestCase("len(\"naïve\")", "5")]
    [TestCase("len(\"e\u0301\")", "1")]
    [TestCase("len([5, 6, 7, 8][1:])", "3")]
    [TestCase("count_nonzero(0)", "0")]
    [TestCase("count_nonzero(-1/2)", "1")]
    [TestCase("count_nonzero([])", "0")]
    [TestCase("count_nonzero([[true, false], [1, 0]])", "2")]
    [TestCase("count_nonzero(reshape([0, 1, 0, 2], [2, 2]) .== 0)", "2")]
    [TestCase("where(true, [1, 2], \"no\")", "[1, 2]")]
    [TestCase("where(false, [1, 2], \"no\")", "\"no\"")]
    [TestCase("where([1, 0], 1/2, -1/2)", "[1/2, -1/2]")]
    [TestCase("where(reshape([1, 2, 3, 4], [2, 2]) .> 2, 0, reshape([1, 2, 3, 4], [2, 2]))", "[[1, 2], [0, 0]]")]
    public void Counts_and_picks_exactly(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [TestCase("len(3)", "len: 'x' must be a list, a string or a tensor, got an integer")]
    [TestCase("count_nonzero(\"a\")", "count_nonzero: 'x' must be a number, a tensor or a list, got a string")]
    [TestCase("count_nonzero([1, \"a\"])", "count_nonzero: 'x' must hold numbers or true/false, got a string")]
    [TestCase("where([2, 0], 1, 0)", "where: 'condition' must be a mask of 0s and 1s (such as x .> 0), got 2 at [0]")]
    [TestCase("where([1, 2] .> 1, [1, 2, 3], 0)", "where: 'x' must be a number or have the condition's shape [2], got [3]")]
    [TestCase("where([1, 0], 1, \"a\")", "where: 'y' must be a vector, matrix or tensor, got a string")]
    [TestCase("where(\"yes\", 1, 0)", "where: 'condition' must be a vector, matrix or tensor, got a string")]
    public void Errors_name_the_function_and_the_argument(string text, string message) =>
        Assert.That(() => Eval(text), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(message));

    [Test]
    public void A_mask_from_a_comparison_is_exact_even_on_approximate_numbers() =>
        Assert.That(Eval("exp([0, 1]) .> 2").IsExact, Is.True);
}
