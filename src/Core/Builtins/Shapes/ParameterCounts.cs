using System.Numerics;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// Trainable parameters of the common layers. Counts are BigIntegers because a product of layer sizes
/// overflows an int long before it stops being a plausible exam question.
/// </summary>
public static class ParameterCounts
{
    /// <summary>n_out·(n_in + 1) with a bias, n_out·n_in without: one weight per connection plus one bias per output.</summary>
    public static BigInteger FullyConnected(int inFeatures, int outFeatures, bool bias) =>
        (BigInteger)outFeatures * (inFeatures + BiasTerm(bias));

    /// <summary>
    /// c_out·(k₁·…·k_d·c_in/g + 1): each output channel owns one kernel spanning every input channel of its group
    /// (all of them when <paramref name="groups"/> is 1; see <see cref="ChannelGroups"/>), plus a bias.
    /// </summary>
    public static BigInteger Convolution(int inChannels, int outChannels, IReadOnlyList<int> kernel, bool bias, int groups = 1) =>
        outChannels * (Product(kernel) * (inChannels / groups) + BiasTerm(bias));

    /// <summary>
    /// A locally connected layer slides like a convolution but shares nothing: every output position
    /// has its own bank of c_out filters, so the convolution count is multiplied by out_h·out_w.
    /// </summary>
    public static BigInteger LocallyConnected(HeightWidth outputSize, int inChannels, int outChannels, HeightWidth kernel, bool bias) =>
        (BigInteger)outputSize.Height * outputSize.Width * Convolution(inChannels, outChannels, [kernel.Height, kernel.Width], bias);

    /// <summary>A scale γ and a shift β per channel; the running mean and variance are buffers, not parameters.</summary>
    public static BigInteger BatchNorm(int channels) => 2 * (BigInteger)channels;

    private static BigInteger Product(IEnumerable<int> sizes) => sizes.Aggregate(BigInteger.One, (product, size) => product * size);

    private static int BiasTerm(bool bias) => bias ? 1 : 0;
}
