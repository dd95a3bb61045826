using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// One step of minibatch SGD on a linear model Y = W X (+ b), with the samples as the columns of X
/// and the loss L = ½ Σ (Y − T)² over every entry. Everything is exact, so an exercise can ask for the
/// loss before and after the step and compare them without rounding.
/// </summary>
public sealed record LinearSgdStep(
    Tensor Y,
    Number Loss,
    Tensor Grad,
    Tensor WNext,
    Tensor YNext,
    Number LossNext,
    Tensor? GradB,
    Tensor? BNext)
{
    /// <summary>
    /// Takes the step: G = (Y − T) Xᵀ summed over the batch, W' = W − lr·G/m when <paramref name="average"/>
    /// (m samples) and W − lr·G otherwise; a bias <paramref name="b"/> (one entry per output) moves by the row sums of Y − T likewise.
    /// </summary>
    public static LinearSgdStep Take(Tensor w, Tensor x, Tensor t, Number lr, bool average, Tensor? b = null)
    {
        if (w.Rank != 2) throw new EvaluationException($"'W' must be a matrix [out, in], got shape {Tensor.FormatShape(w.Shape)}");
        if (x.Rank != 2) throw new EvaluationException($"'X' must be a matrix [in, m] with one sample per column, got shape {Tensor.FormatShape(x.Shape)}");
        var (outputs, inputs, samples) = (w.Shape[0], w.Shape[1], x.Shape[1]);
        if (x.Shape[0] != inputs)
            throw new EvaluationException($"'X' must have {inputs} rows, one per column of 'W' {Tensor.FormatShape(w.Shape)}, got shape {Tensor.FormatShape(x.Shape)}");
        if (!t.Shape.SequenceEqual([outputs, samples]))
            throw new EvaluationException($"'T' must have shape {Tensor.FormatShape([outputs, samples])} like W X, got {Tensor.FormatShape(t.Shape)}");
        if (b is not null && (b.Rank != 1 || b.Count != outputs))
            throw new EvaluationException($"'b' must be a vector of length {outputs}, one entry per row of 'W', got shape {Tensor.FormatShape(b.Shape)}");

        var step = average ? lr / samples : lr;
        var y = Predict(w, x, b);
        var residual = y.Zip(t, (p, q) => p - q, "sgd_linear");
        var grad = LinearAlgebra.Matmul(residual, LinearAlgebra.Transpose(x));
        var wNext = w.Zip(grad, (v, g) => v - step * g, "sgd_linear");
        Tensor? gradB = null, bNext = null;
        if (b is not null)
        {
            gradB = Tensor.Build([outputs], i => Enumerable.Range(0, samples).Aggregate(Number.Zero, (sum, j) => sum + residual[i[0], j]));
            bNext = b.Zip(gradB, (v, g) => v - step * g, "sgd_linear");
        }
        var yNext = Predict(wNext, x, bNext);
        return new LinearSgdStep(y, HalfSquaredError(y, t), grad, wNext, yNext, HalfSquaredError(yNext, t), gradB, bNext);
    }

    private static Tensor Predict(Tensor w, Tensor x, Tensor? b)
    {
        var y = LinearAlgebra.Matmul(w, x);
        return b is null ? y : Tensor.Build(y.Shape, i => y[i[0], i[1]] + b[i[0]]);
    }

    private static Number HalfSquaredError(Tensor y, Tensor t) => Losses.Mse(y, t, MseReduction.HalfSum);
}
