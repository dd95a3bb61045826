using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class ExactLinearSolveTests
{
    [TestCase("[[2, 1], [1, 3]]", "[3, 5]", "[4/5, 7/5]")]
    [TestCase("[[0, 1], [1, 0]]", "[2, 3]", "[3, 2]")]
    [TestCase("[[1, 2, 0], [0, 1, 4], [5, 0, 1]]", "[1, 2, 3]", "[21/41, 10/41, 18/41]")]
    [TestCase("[[1/2, 0], [0, 1/3]]", "[[1, 2], [3, 4]]", "[[2, 4], [9, 12]]")]
    public void Solve_finds_the_exact_solution(string a, string b, string expected)
    {
        Assert.That(ExactLinearSolve.Solve(T(a), T(b)), Is.EqualTo(T(expected)));
    }

    [Test]
    public void Singular_matrix_is_reported_with_its_rank()
    {
        var error = Assert.Throws<EvaluationException>(() => ExactLinearSolve.Solve(T("[[1, 2], [2, 4]]"), T("[1, 2]")));
        Assert.That(error!.Message, Is.EqualTo("'A' is singular (rank 1 of 2), so A x = b has no unique solution"));
    }

    [Test]
    public void Non_square_matrix_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => ExactLinearSolve.Solve(T("[[1, 2, 3]]"), T("[1]")));
        Assert.That(error!.Message, Is.EqualTo("'A' must be a square matrix, got shape [1, 3]"));
    }

    [Test]
    public void Right_hand_side_of_the_wrong_length_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => ExactLinearSolve.Solve(T("[[1, 0], [0, 1]]"), T("[1, 2, 3]")));
        Assert.That(error!.Message, Does.StartWith("'b' must be a vector of length 2 or a matrix with 2 rows"));
    }

    [Test]
    public void Approximate_coefficients_are_rejected()
    {
        var a = Tensor.Create([1, 1], [Number.Approx(0.5)]);
        var error = Assert.Throws<EvaluationException>(() => ExactLinearSolve.Solve(a, T("[1]")));
        Assert.That(error!.Message, Is.EqualTo("'A' must be exact: systems are solved over the rationals"));
    }

    [Test]
    public void Overdetermined_consistent_system_reduces_to_its_unique_solution()
    {
        var a = new Rational[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } };
        var b = new Rational[,] { { 2 }, { 3 }, { 5 } };
        var reduction = ExactLinearSolve.Reduce(a, b);
        Assert.That(reduction.IsUnique, Is.True);
        Assert.That(reduction.Solution, Is.EqualTo(new Rational[,] { { 2 }, { 3 } }));
    }

    [Test]
    public void Contradicting_equations_are_inconsistent()
    {
        var reduction = ExactLinearSolve.Reduce(new Rational[,] { { 1, 1 }, { 2, 2 } }, new Rational[,] { { 1 }, { 3 } });
        Assert.That(reduction.Consistent, Is.False);
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Solve_recovers_x_from_A_times_x_whenever_A_is_invertible()
    {
        var cases =
            from n in Gen.Choose(1, 4)
            from a in SmallTensors.Of(n, n)
            from x in SmallTensors.Of(n)
            select (A: a, X: x);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var b = LinearAlgebra.Matmul(c.A, c.X);
            var matrix = new Rational[c.A.Shape[0], c.A.Shape[0]];
            for (var i = 0; i < c.A.Count; i++) matrix[i / c.A.Shape[0], i % c.A.Shape[0]] = c.A[i].ExactValue;
            var invertible = ExactLinearSolve.Reduce(matrix, new Rational[c.A.Shape[0], 1]).IsUnique;
            if (!invertible) return Throws(() => ExactLinearSolve.Solve(c.A, b));
            return ExactLinearSolve.Solve(c.A, b).Equals(c.X);
        });
    }

    private static bool Throws(Action action)
    {
        try { action(); return false; }
        catch (EvaluationException) { return true; }
    }
}
