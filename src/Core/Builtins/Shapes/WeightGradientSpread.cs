using DeepExam.Numbers;

namespace DeepExam.Builtins.Shapes;

/// <summary>How much one convolution weight's gradient varies, under the usual independence assumptions.</summary>
public static class WeightGradientSpread
{
    /// <summary>
    /// For an n×n input, a k×k kernel, stride 1 and no padding, ∂L/∂w is a sum over the m×m output
    /// positions (m = n − k + 1) of x·g, with inputs x and output gradients g independent, zero-mean,
    /// of standard deviations σx and σg. Each product has variance σx²σg² and the m² products are
    /// uncorrelated, so the variance is m²σx²σg² and the standard deviation m·σx·σg — no square root
    /// is taken, so the result is exact whenever the σ's are.
    /// </summary>
    public static Number StandardDeviation(int inputSize, int kernelSize, Number inputStd, Number gradientStd) =>
        (inputSize - kernelSize + 1) * inputStd * gradientStd;
}
