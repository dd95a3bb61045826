using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Activation functions and their derivatives on one number. The piecewise-linear ones stay exact;
/// sigmoid, tanh and softmax involve e^x and are approximate.
/// </summary>
public static class Activations
{
    public static Number Relu(Number x) => x.Sign > 0 ? x : ZeroLike(x);

    /// <summary>1 for x &gt; 0, else 0: the derivative at 0 is taken to be 0, as PyTorch does.</summary>
    public static Number ReluGrad(Number x) => x.Sign > 0 ? Number.One : Number.Zero;

    public static Number LeakyRelu(Number x, Number slope) => x.Sign > 0 ? x : slope * x;

    /// <summary>1 for x &gt; 0, else the slope (at 0 too).</summary>
    public static Number LeakyReluGrad(Number x, Number slope) => x.Sign > 0 ? Number.One : slope;

    public static Number Sigmoid(Number x) => Number.Approx(Sigmoid(x.ToDouble()));

    /// <summary>σ(x)(1 − σ(x)).</summary>
    public static Number SigmoidGrad(Number x)
    {
        var s = Sigmoid(x.ToDouble());
        return Number.Approx(s * (1 - s));
    }

    public static Number Tanh(Number x) => Number.Approx(Math.Tanh(x.ToDouble()));

    /// <summary>1 − tanh²(x).</summary>
    public static Number TanhGrad(Number x)
    {
        var t = Math.Tanh(x.ToDouble());
        return Number.Approx(1 - t * t);
    }

    /// <summary>
    /// e^{x_i} / Σ e^{x_j}. The maximum is subtracted first (exactly, when x is exact) so that no
    /// exponential overflows; the quotient does not change.
    /// </summary>
    public static Tensor Softmax(Tensor x)
    {
        if (x.Rank != 1) throw new EvaluationException($"softmax takes a vector, got shape {Tensor.FormatShape(x.Shape)}");
        var max = x.Values.Aggregate(Number.Max);
        var exps = x.Values.Select(v => Math.Exp((v - max).ToDouble())).ToArray();
        // Summed left to right on purpose: the last digit of a documented example depends on the order.
        var total = 0.0;
        foreach (var e in exps) total += e;
        return Tensor.Create(x.Shape, [.. exps.Select(e => Number.Approx(e / total))]);
    }

    // Both branches of 1/(1+e^−x) and e^x/(1+e^x) are the same number; each avoids overflow on its side.
    private static double Sigmoid(double x)
    {
        if (x >= 0) return 1 / (1 + Math.Exp(-x));
        var e = Math.Exp(x);
        return e / (1 + e);
    }

    // Clamping an approximate input gives an approximate zero, so the result still asks for a tolerance.
    private static Number ZeroLike(Number x) => x.IsExact ? Number.Zero : Number.Approx(0);
}
