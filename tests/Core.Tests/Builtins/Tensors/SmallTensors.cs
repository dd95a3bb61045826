using DeepExam.Builtins.Tensors;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Builtins.Tensors;

/// <summary>Generators of small exact tensors and convolution and pooling cases for the property tests.</summary>
public static class SmallTensors
{
    /// <summary>Property runs: enough cases to meet every layout and setting, small enough to stay fast.</summary>
    public const int Runs = 150;

    private static readonly Rational[] Values = [-3, -2, -1, new Rational(-1, 2), 0, 0, new Rational(1, 3), 1, 2, 3];

    public static Gen<Tensor> Of(params int[] shape) =>
        Gen.ArrayOf(Gen.Elements(Values), shape.Aggregate(1, (a, b) => a * b))
            .Select(v => Tensor.Create(shape, [.. v.Select(Number.Exact)]));

    /// <summary>A tensor whose entries are distinct integers, so that no pooling window has a tie.</summary>
    public static Gen<Tensor> Distinct(params int[] shape)
    {
        var count = shape.Aggregate(1, (a, b) => a * b);
        return Gen.Shuffle(Enumerable.Range(-count, 2 * count).ToArray())
            .Select(v => Tensor.Create(shape, [.. v.Take(count).Select(i => (Number)i)]));
    }

    public static Gen<int[]> Pair(int low, int high) =>
        from a in Gen.Choose(low, high)
        from b in Gen.Choose(low, high)
        select new[] { a, b };

    /// <summary>Sizes for each of <paramref name="axes"/> axes.</summary>
    public static Gen<int[]> Sizes(int axes, int low, int high) => Gen.ArrayOf(Gen.Choose(low, high), axes);

    /// <summary>
    /// A convolution over <paramref name="axes"/> spatial axes in one of its layouts (four for 1-d and 2-d; 3-d
    /// has no filter bank), with a kernel that fits: input sizes start from the smallest the dilated kernel and
    /// padding allow. 3-d cases are smaller, since the finite-difference properties nudge every cell.
    /// </summary>
    public static Gen<ConvolutionCase> Convolution(int axes = 2) =>
        from layout in axes == 3
            ? Gen.Elements(ConvolutionLayout.Single, ConvolutionLayout.Channels)
            : Gen.Elements(ConvolutionLayout.Single, ConvolutionLayout.Channels, ConvolutionLayout.Bank, ConvolutionLayout.Grouped)
        from groupCount in Gen.Choose(2, 3)
        let groups = layout == ConvolutionLayout.Grouped ? groupCount : 1
        from channelsEach in Gen.Choose(1, 2)
        from filtersEach in Gen.Choose(1, 2)
        let channels = channelsEach * groups
        let filters = filtersEach * groups
        let small = axes == 3
        from kernel in Sizes(axes, 1, small ? 2 : 3)
        from stride in Sizes(axes, 1, small ? 2 : 3)
        from padding in Sizes(axes, 0, small ? 1 : 2)
        from dilation in Sizes(axes, 1, 2)
        from extra in Sizes(axes, 0, small ? 1 : 3)
        let size = Enumerable.Range(0, axes).Select(i => Math.Max(1, dilation[i] * (kernel[i] - 1) + 1 - 2 * padding[i]) + extra[i]).ToArray()
        let c = layout == ConvolutionLayout.Single ? 1 : channels
        let f = layout is ConvolutionLayout.Bank or ConvolutionLayout.Grouped ? filters : 1
        from x in Of(layout == ConvolutionLayout.Single ? size : [c, .. size])
        from w in Of(layout switch
        {
            ConvolutionLayout.Single => kernel,
            ConvolutionLayout.Channels => [c, .. kernel],
            _ => [f, c / groups, .. kernel],
        })
        let geometry = new ConvolutionGeometry(stride, padding, dilation)
        let outputSize = geometry.ConvolutionOutput(size, kernel)
        from dy in Of(layout is ConvolutionLayout.Bank or ConvolutionLayout.Grouped ? [f, .. outputSize] : outputSize)
        from bias in Of(f)
        select new ConvolutionCase(layout, x, w, dy, bias, geometry, groups);

    /// <summary>
    /// A 2-d pooling over [H, W] or [C, H, W] that PyTorch accepts (padding at most half the kernel); in ceil mode
    /// the input may be smaller than the window by less than the stride.
    /// </summary>
    public static Gen<PoolingCase> Pooling(bool distinct) =>
        from channels in Gen.Choose(0, 2)
        from kernel in Pair(1, 3)
        from stride in Pair(1, 3)
        from halfPadding in Pair(0, 1)
        from ceilMode in Gen.Elements(false, true)
        from extra in Pair(0, 3)
        let padding = new[] { halfPadding[0] * (kernel[0] / 2), halfPadding[1] * (kernel[1] / 2) }
        let size = Enumerable.Range(0, 2).Select(i => Math.Max(1, kernel[i] - 2 * padding[i] - (ceilMode ? stride[i] - 1 : 0)) + extra[i]).ToArray()
        let shape = channels == 0 ? size : [channels, .. size]
        from x in distinct ? Distinct(shape) : Of(shape)
        let geometry = new PoolingGeometry(kernel, stride, padding, ceilMode)
        let output = geometry.OutputSize(size[0], size[1])
        from dy in Of(channels == 0 ? output : [channels, .. output])
        select new PoolingCase(x, dy, geometry);
}

public enum ConvolutionLayout
{
    /// <summary>x [H, W] with w [kh, kw].</summary>
    Single,
    /// <summary>x [C, H, W] with w [C, kh, kw], summed over channels.</summary>
    Channels,
    /// <summary>x [C, H, W] with w [F, C, kh, kw].</summary>
    Bank,
    /// <summary>x [C, H, W] with w [F, C/g, kh, kw] in g groups.</summary>
    Grouped,
}

public sealed record ConvolutionCase(ConvolutionLayout Layout, Tensor X, Tensor W, Tensor Dy, Tensor Bias, ConvolutionGeometry Geometry, int Groups = 1)
{
    public override string ToString() =>
        $"{Layout}: x={X}, w={W}, dy={Dy}, bias={Bias}, stride={Show(Geometry.Stride)}, padding={Show(Geometry.Padding)}, dilation={Show(Geometry.Dilation)}, groups={Groups}";

    private static string Show(IReadOnlyList<int> values) => Tensor.FormatShape(values);
}

public sealed record PoolingCase(Tensor X, Tensor Dy, PoolingGeometry Geometry)
{
    public override string ToString() =>
        $"x={X}, dy={Dy}, kernel={Tensor.FormatShape(Geometry.Kernel)}, stride={Tensor.FormatShape(Geometry.Stride)}, padding={Tensor.FormatShape(Geometry.Padding)}, ceil_mode={Geometry.CeilMode}";
}
