using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class LinearAlgebraTests
{
    [TestCase("[[1, 2], [3, 4]]", "[[5, 6], [7, 8]]", "[[19, 22], [43, 50]]")]
    [TestCase("[[1, 2], [3, 4]]", "[1, -1]", "[-1, -1]")]
    [TestCase("[1, -1]", "[[1, 2], [3, 4]]", "[-2, -2]")]
    [TestCase("[[3, 2]]", "[[2, 1, -1], [4, -2, 0]]", "[[14, -1, -3]]")]
    [TestCase("[[1/2, 0], [0, 1/3]]", "[[2], [3]]", "[[1], [1]]")]
    public void Matmul_multiplies_matrices_and_vectors(string a, string b, string expected)
    {
        Assert.That(LinearAlgebra.Matmul(T(a), T(b)), Is.EqualTo(T(expected)));
    }

    [Test]
    public void Matmul_with_mismatched_inner_sizes_names_both_shapes()
    {
        var error = Assert.Throws<EvaluationException>(() => LinearAlgebra.Matmul(T("[[1, 2, 3]]"), T("[[1, 2], [3, 4]]")));
        Assert.That(error!.Message, Is.EqualTo("cannot multiply [1, 3] by [2, 2]: 'a' has 3 columns but 'b' has 2 rows"));
    }

    [Test]
    public void Matmul_of_two_vectors_points_to_dot_and_outer()
    {
        var error = Assert.Throws<EvaluationException>(() => LinearAlgebra.Matmul(T("[1, 2]"), T("[3, 4]")));
        Assert.That(error!.Message, Does.Contain("use dot").And.Contain("outer"));
    }

    [Test]
    public void Transpose_swaps_rows_and_columns()
    {
        Assert.That(LinearAlgebra.Transpose(T("[[1, 2, 3], [4, 5, 6]]")), Is.EqualTo(T("[[1, 4], [2, 5], [3, 6]]")));
    }

    [Test]
    public void Dot_is_exact_and_needs_equal_shapes()
    {
        Assert.That(LinearAlgebra.Dot(T("[1, 2, 3]"), T("[4, -5, 1/2]")), Is.EqualTo(Number.Exact(new Rational(-9, 2))));
        var error = Assert.Throws<EvaluationException>(() => LinearAlgebra.Dot(T("[1, 2, 3]"), T("[1, 2]")));
        Assert.That(error!.Message, Is.EqualTo("dot needs operands of the same shape, got [3] and [2]"));
    }

    [Test]
    public void Outer_product_is_u_times_v_transposed()
    {
        Assert.That(LinearAlgebra.Outer(T("[1, 2]"), T("[3, 4, 5]")), Is.EqualTo(T("[[3, 4, 5], [6, 8, 10]]")));
    }

    [Test]
    public void Identity_is_neutral_for_matmul()
    {
        var a = T("[[1, 2, 3], [4, 5, 6]]");
        Assert.That(LinearAlgebra.Matmul(LinearAlgebra.Identity(2), a), Is.EqualTo(a));
        Assert.That(LinearAlgebra.Matmul(a, LinearAlgebra.Identity(3)), Is.EqualTo(a));
    }

    [TestCase("[[5]]", "5")]
    [TestCase("[[1, 2], [3, 4]]", "-2")]
    [TestCase("[[0, 1], [1, 0]]", "-1")]
    [TestCase("[[1, 4, 0], [4, 0, -2], [0, -2, 3]]", "-52")]
    [TestCase("[[1/2, 1/3], [1/4, 1/5]]", "1/60")]
    [TestCase("[[1, 2], [2, 4]]", "0")]
    [TestCase("[[0, 0, 1], [0, 0, 2], [3, 4, 5]]", "0")]
    public void Determinant_is_exact(string a, string expected)
    {
        Assert.That(LinearAlgebra.Determinant(T(a)), Is.EqualTo(Number.Exact(Rational.Parse(expected))));
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Determinant_is_zero_exactly_when_solve_reports_a_singular_matrix()
    {
        var cases = from n in Gen.Choose(1, 4) from a in SmallTensors.Of(n, n) select a;
        return Prop.ForAll(cases.ToArbitrary(), a =>
        {
            bool singular;
            try { ExactLinearSolve.Solve(a, Tensor.Zeros([a.Shape[0]])); singular = false; }
            catch (EvaluationException) { singular = true; }
            return (LinearAlgebra.Determinant(a).Sign == 0) == singular;
        });
    }
}
