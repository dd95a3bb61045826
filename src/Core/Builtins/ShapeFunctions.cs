using System.Numerics;
using DeepExam.Builtins.Shapes;
using DeepExam.Numbers;
using DeepExam.Values;
using static System.FormattableString;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>Output sizes, parameter counts and compute costs of single layers, with PyTorch's conventions.</summary>
public static class ShapeFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Shapes";
        b.Add("conv_out", "Output size along one axis of a convolution: floor((n + 2·padding − dilation·(k − 1) − 1) / stride) + 1, as torch.nn.Conv2d.",
            [Required("n", "integer"), Required("k", "integer"), Optional("stride", "integer", 1), Optional("padding", "integer", 0), Optional("dilation", "integer", 1)],
            [new("conv_out(32, 5)", "28"), new("conv_out(218, 3, 2, 1)", "109")],
            a =>
            {
                var (n, k, stride, padding, dilation) = (a.Int("n"), a.Int("k"), a.Int("stride"), a.Int("padding"), a.Int("dilation"));
                return WithFunctionName(a, () => OutputSize.Convolution(n, k, stride, padding, dilation));
            });
        b.Add("pool_out", "Output size along one axis of max or average pooling, as torch.nn.MaxPool2d; the stride defaults to k. With ceil_mode the division rounds up, ⌈(n + 2·padding − dilation·(k − 1) − 1) / stride⌉ + 1, so a last window may run past the padded input by less than the stride (a window larger than the whole padded input is then one window, clipped to it), but a window that would start in the right padding is dropped.",
            [Required("n", "integer"), Required("k", "integer"), OptionalNone("stride", "integer or none"), Optional("padding", "integer", 0), Optional("dilation", "integer", 1), Optional("ceil_mode", "boolean", false)],
            [new("pool_out(109, 2)", "54"), new("pool_out(109, 2, 2, 0, 1, true)", "55"), new("pool_out(2, 3, 2, ceil_mode=true)", "1")],
            a =>
            {
                var (n, k, padding, dilation, ceilMode) = (a.Int("n"), a.Int("k"), a.Int("padding"), a.Int("dilation"), a.Bool("ceil_mode"));
                var stride = a.IsNone("stride") ? k : a.Int("stride");
                return WithFunctionName(a, () => OutputSize.Pooling(n, k, stride, padding, dilation, ceilMode));
            });
        b.Add("conv_transpose_out", "Output size along one axis of a transposed convolution: (n − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1, as torch.nn.ConvTranspose2d.",
            [Required("n", "integer"), Required("k", "integer"), Optional("stride", "integer", 1), Optional("padding", "integer", 0), Optional("output_padding", "integer", 0), Optional("dilation", "integer", 1)],
            [new("conv_transpose_out(16, 4, 2, 1)", "32"), new("conv_transpose_out(109, 3, 2, 1, 1)", "218")],
            a =>
            {
                var (n, k, stride, padding, outputPadding, dilation) =
                    (a.Int("n"), a.Int("k"), a.Int("stride"), a.Int("padding"), a.Int("output_padding"), a.Int("dilation"));
                return WithFunctionName(a, () => OutputSize.TransposedConvolution(n, k, stride, padding, outputPadding, dilation));
            });

        b.Add("fc_params", "Parameters of a fully connected layer: n_out·(n_in + 1) with a bias, n_out·n_in without.",
            [Required("n_in", "integer"), Required("n_out", "integer"), Optional("bias", "boolean", true)],
            [new("fc_params(10000, 1000)", "10001000"), new("fc_params(25088, 4096)", "102764544")],
            a => Value.Of(ParameterCounts.FullyConnected(a.Positive("n_in"), a.Positive("n_out"), a.Bool("bias"))));
        b.Add("conv2d_params", "Parameters of a 2-D convolution: c_out·(kh·kw·c_in/groups + 1) with a bias; k is one size or [kh, kw]. In groups (torch's groups) each filter sees only c_in/groups channels, PyTorch's weight count c_out·c_in/groups·kh·kw; c_in and c_out must be multiples of groups.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [kh, kw]"), Optional("bias", "boolean", true), Optional("groups", "integer", 1)],
            [new("conv2d_params(3, 64, 3)", "1792"), new("conv2d_params(3, 5, 5, false)", "375"), new("conv2d_params(32, 32, 3, groups=32)", "320"),
             new("conv2d_params(64, 128, 3, bias=false, groups=4)", "18432")],
            a => Value.Of(GroupedConvolutionParameters(a, 2)));
        b.Add("conv3d_params", "Parameters of a 3-D convolution: c_out·(kt·kh·kw·c_in/groups + 1) with a bias; k is one size or [kt, kh, kw]; groups as in conv2d_params.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [kt, kh, kw]"), Optional("bias", "boolean", true), Optional("groups", "integer", 1)],
            [new("conv3d_params(1, 64, 3)", "1792"), new("conv3d_params(1, 64, [3, 3, 3], false)", "1728"), new("conv3d_params(8, 8, 3, groups=8)", "224")],
            a => Value.Of(GroupedConvolutionParameters(a, 3)));
        b.Add("conv2d_weight_shape", "Shape of a 2-D convolution's weight tensor, [c_out, c_in/groups, kh, kw], as PyTorch stores it.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [kh, kw]"), Optional("groups", "integer", 1)],
            [new("conv2d_weight_shape(3, 64, 3)", "[64, 3, 3, 3]"), new("conv2d_weight_shape(3, 64, [3, 5])", "[64, 3, 3, 5]"),
             new("conv2d_weight_shape(32, 64, 3, groups=32)", "[64, 1, 3, 3]")],
            a => Value.Shape([a.Positive("c_out"), GroupChannels(a), .. PositiveSizes(a, "k", 2)]));
        b.Add("conv3d_weight_shape", "Shape of a 3-D convolution's weight tensor, [c_out, c_in/groups, kt, kh, kw], as PyTorch stores it.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [kt, kh, kw]"), Optional("groups", "integer", 1)],
            [new("conv3d_weight_shape(1, 64, 3)", "[64, 1, 3, 3, 3]"), new("conv3d_weight_shape(8, 16, 3, groups=8)", "[16, 1, 3, 3, 3]")],
            a => Value.Shape([a.Positive("c_out"), GroupChannels(a), .. PositiveSizes(a, "k", 3)]));
        b.Add("locally_connected_params", "Parameters of a locally connected layer on an h×w×c_in input: a convolution that shares no weights, so every output position has its own filters: out_h·out_w·c_out·(kh·kw·c_in + 1) with a bias.",
            [Required("h", "integer"), Required("w", "integer"), Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [kh, kw]"),
             Optional("stride", "integer or [sh, sw]", 1), Optional("padding", "integer or [ph, pw]", 0), Optional("bias", "boolean", true)],
            [new("locally_connected_params(100, 100, 1, 1, 10, 5, 0, false)", "36100"), new("locally_connected_params(32, 32, 3, 8, 3)", "201600")],
            a => Value.Of(LocallyConnected(a)));
        b.Add("batchnorm_params", "Parameters of batch normalisation over c channels: 2c, a scale γ and a shift β per channel. The running mean and variance are buffers, not parameters: they are not learned by gradient descent.",
            [Required("c", "integer")],
            [new("batchnorm_params(64)", "128")],
            a => Value.Of(ParameterCounts.BatchNorm(a.Positive("c"))));
        b.Add("conv_macs", "Multiply-accumulates of a convolution's forward pass: (product of kernel sizes)·(c_in/groups)·c_out·(product of out_shape), bias not counted. out_shape lists the 1 to 3 spatial output sizes; k is one size or one per axis; in groups each output value sees c_in/groups channels.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or list"), Required("out_shape", "list of 1 to 3 integers"),
             Optional("groups", "integer", 1)],
            [new("conv_macs(3, 64, 3, [224, 224])", "86704128"), new("conv_macs(1, 64, 3, [16, 224, 224])", "1387266048"),
             new("conv_macs(32, 32, 3, [112, 112], groups=32)", "3612672")],
            a => Value.Of(ConvolutionMacs(a)));
        b.Add("weight_grad_std", "Standard deviation of one weight's gradient for an n×n input and a k×k kernel (stride 1, no padding), when inputs and output gradients are independent and zero-mean with standard deviations sigma_x and sigma_g: (n − k + 1)·sigma_x·sigma_g, exact when the sigmas are.",
            [Required("n", "integer"), Required("k", "integer"), Required("sigma_x", "number"), Required("sigma_g", "number")],
            [new("weight_grad_std(32, 3, 1/2, 2)", "30"), new("weight_grad_std(5, 3, 1/3, 1/2)", "1/2")],
            a => Value.Of(WeightGradientStd(a)));
    }

    private static Value WithFunctionName(BuiltinArguments a, Func<int> body) => Value.Of(ErrorContext.Within(a.Function.Name, body));

    /// <summary>An integer or a list of <paramref name="count"/> integers, all positive (kernel sizes).</summary>
    private static int[] PositiveSizes(BuiltinArguments a, string name, int count)
    {
        var sizes = a.IntOrTuple(name, count);
        return sizes.All(size => size > 0) ? sizes : throw a.Error($"'{name}' must be positive, got {a[name]}");
    }

    private static BigInteger LocallyConnected(BuiltinArguments a)
    {
        var (height, width, inChannels, outChannels, bias) = (a.Positive("h"), a.Positive("w"), a.Positive("c_in"), a.Positive("c_out"), a.Bool("bias"));
        var kernel = PositiveSizes(a, "k", 2);
        var stride = a.IntOrTuple("stride", 2);
        var padding = a.IntOrTuple("padding", 2);
        var output = ErrorContext.Within(a.Function.Name, () => new HeightWidth(
            OutputSize.Convolution(height, kernel[0], stride[0], padding[0]),
            OutputSize.Convolution(width, kernel[1], stride[1], padding[1])));
        return ParameterCounts.LocallyConnected(output, inChannels, outChannels, new HeightWidth(kernel[0], kernel[1]), bias);
    }

    private static BigInteger ConvolutionMacs(BuiltinArguments a)
    {
        var outputShape = a.IntList("out_shape");
        if (outputShape.Length is < 1 or > 3)
            throw a.Error(Invariant($"'out_shape' must list 1 to 3 spatial sizes, got {outputShape.Length}"));
        if (outputShape.Any(size => size < 1))
            throw a.Error($"'out_shape' sizes must be positive, got {a["out_shape"]}");
        return MultiplyAccumulates.Convolution(a.Positive("c_in"), a.Positive("c_out"), PositiveSizes(a, "k", outputShape.Length), outputShape, Groups(a));
    }

    private static BigInteger GroupedConvolutionParameters(BuiltinArguments a, int axes) =>
        ParameterCounts.Convolution(a.Positive("c_in"), a.Positive("c_out"), PositiveSizes(a, "k", axes), a.Bool("bias"), Groups(a));

    /// <summary>The channels each filter sees, c_in/groups.</summary>
    private static int GroupChannels(BuiltinArguments a) => a.Positive("c_in") / Groups(a);

    /// <summary>The 'groups' argument, checked to split c_in and c_out evenly.</summary>
    private static int Groups(BuiltinArguments a)
    {
        var groups = a.Positive("groups");
        ChannelGroups.Check(a.Positive("c_in"), a.Positive("c_out"), groups);
        return groups;
    }

    private static Number WeightGradientStd(BuiltinArguments a)
    {
        var (n, k) = (a.Positive("n"), a.Positive("k"));
        if (k > n) throw a.Error(Invariant($"the kernel ({k}) must fit in the input ({n})"));
        var (sigmaX, sigmaG) = (a.Number("sigma_x"), a.Number("sigma_g"));
        if (sigmaX.Sign < 0 || sigmaG.Sign < 0)
            throw a.Error($"standard deviations must not be negative, got sigma_x = {sigmaX}, sigma_g = {sigmaG}");
        return WeightGradientSpread.StandardDeviation(n, k, sigmaX, sigmaG);
    }
}
