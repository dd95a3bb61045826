using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// The inverse exercise to a 1-d convolution: given the input and the output, find the filter. Each
/// output is one linear equation in the filter weights, y_i = Σ_j x_{i+j} w_j, solved exactly.
/// </summary>
public static class FilterRecovery
{
    /// <summary>
    /// The filter w of length len(x) − len(y) + 1 with conv1d(x, w) = y (stride 1, no padding). Extra
    /// equations are checked, not averaged: a y that no filter produces is an error.
    /// </summary>
    public static Tensor Recover1d(Tensor x, Tensor y)
    {
        if (x.Rank != 1 || y.Rank != 1)
            throw new EvaluationException($"'x' and 'y' must be vectors, got shapes {Tensor.FormatShape(x.Shape)} and {Tensor.FormatShape(y.Shape)}");
        if (!x.IsExact || !y.IsExact) throw new EvaluationException("'x' and 'y' must be exact: the filter is solved over the rationals");
        var length = x.Count - y.Count + 1;
        if (length < 1)
            throw new EvaluationException($"'y' of length {y.Count} is longer than 'x' of length {x.Count}, so no filter produces it");

        var equations = new Rational[y.Count, length];
        var outputs = new Rational[y.Count, 1];
        for (var i = 0; i < y.Count; i++)
        {
            for (var j = 0; j < length; j++) equations[i, j] = x[i + j].ExactValue;
            outputs[i, 0] = y[i].ExactValue;
        }

        var reduction = ExactLinearSolve.Reduce(equations, outputs);
        if (!reduction.Consistent)
            throw new EvaluationException(
                $"no filter of length {length} turns 'x' {x} into 'y' {y}: the {y.Count} equations are inconsistent");
        if (!reduction.IsUnique)
            throw new EvaluationException(
                $"'x' {x} and 'y' {y} do not determine a filter of length {length}: {y.Count} equations of rank {reduction.Rank} leave it underdetermined");
        var w = reduction.Solution!;
        return Tensor.Create([length], [.. Enumerable.Range(0, length).Select(j => Number.Exact(w[j, 0]))]);
    }
}
