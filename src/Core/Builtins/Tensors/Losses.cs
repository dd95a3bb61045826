using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Loss functions and their gradients with respect to the prediction. Squared error and the
/// cross-entropy gradient −y/p are exact; anything with a logarithm or softmax is approximate.
/// </summary>
public static class Losses
{
    /// <summary>Σ (pred − target)², reduced as asked.</summary>
    public static Number Mse(Tensor pred, Tensor target, MseReduction reduction)
    {
        CheckSameShape(pred, "'pred'", target, "'target'");
        var sum = Number.Zero;
        for (var i = 0; i < pred.Count; i++)
        {
            var error = pred[i] - target[i];
            sum += error * error;
        }
        return sum * Scale(reduction, pred.Count);
    }

    /// <summary>∂mse/∂pred: 2(pred − target)/N for the mean, 2(pred − target) for the sum, pred − target for half the sum.</summary>
    public static Tensor MseGrad(Tensor pred, Tensor target, MseReduction reduction)
    {
        CheckSameShape(pred, "'pred'", target, "'target'");
        var factor = 2 * Scale(reduction, pred.Count);
        return pred.Zip(target, (p, t) => factor * (p - t), "mse_grad");
    }

    /// <summary>H(y, p) = −Σ y_i log p_i (approximate). Terms with y_i = 0 are zero, whatever p_i is.</summary>
    public static Number CrossEntropy(Tensor p, Tensor y)
    {
        CheckSameShape(p, "'p'", y, "'y'");
        var sum = 0.0;
        for (var i = 0; i < p.Count; i++)
        {
            if (y[i].Sign == 0) continue;
            sum -= y[i].ToDouble() * Positive(p, i).Log();
        }
        // Adding +0 turns a −0 (from −1·log 1) into 0, which prints as "0".
        return Number.Approx(sum + 0.0);
    }

    /// <summary>∂H/∂p_i = −y_i / p_i, exact for exact inputs (0 where y_i = 0).</summary>
    public static Tensor CrossEntropyGrad(Tensor p, Tensor y)
    {
        CheckSameShape(p, "'p'", y, "'y'");
        return Tensor.Build(p.Shape, index =>
        {
            var i = p.FlatIndex(index);
            return y[i].Sign == 0 ? Number.Zero : -y[i] / Positive(p, i);
        });
    }

    /// <summary>∂H(y, softmax(z))/∂z = softmax(z) − y (approximate).</summary>
    public static Tensor SoftmaxCrossEntropyGrad(Tensor z, Tensor y)
    {
        CheckSameShape(z, "'z'", y, "'y'");
        return Activations.Softmax(z).Zip(y, (s, t) => s - t, "softmax_cross_entropy_grad");
    }

    private static Number Scale(MseReduction reduction, int count) => reduction switch
    {
        MseReduction.Mean => new Rational(1, count),
        MseReduction.Sum => Number.One,
        _ => new Rational(1, 2),
    };

    private static Number Positive(Tensor p, int i) =>
        p[i].Sign > 0 ? p[i] : throw new EvaluationException($"'p' must be positive where 'y' is not zero, got {p[i]} at index {i}");

    private static void CheckSameShape(Tensor a, string aName, Tensor b, string bName)
    {
        if (!a.SameShape(b))
            throw new EvaluationException($"{aName} and {bName} must have the same shape, got {Tensor.FormatShape(a.Shape)} and {Tensor.FormatShape(b.Shape)}");
    }
}
