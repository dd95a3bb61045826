using System.Numerics;

namespace DeepExam.Builtins.Shapes;

/// <summary>Multiply-accumulate operations of a layer's forward pass, the usual measure of its compute cost.</summary>
public static class MultiplyAccumulates
{
    /// <summary>
    /// Every output cell of every output channel is one dot product of a kernel with the c_in input channels
    /// it sees, c_in/g of them in g groups: (k₁·…·k_d)·(c_in/g)·c_out·(o₁·…·o_d). The bias adds, it does not
    /// multiply, so it is not counted.
    /// </summary>
    public static BigInteger Convolution(int inChannels, int outChannels, IReadOnlyList<int> kernel, IReadOnlyList<int> outputShape, int groups = 1) =>
        Product(kernel) * (inChannels / groups) * outChannels * Product(outputShape);

    private static BigInteger Product(IEnumerable<int> sizes) => sizes.Aggregate(BigInteger.One, (product, size) => product * size);
}
