using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Values;
using static System.FormattableString;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// A network walked layer by layer from an input shape: the shape after each layer and the parameters
/// each layer learns. A residual block is one layer here: its shape is that of the sum, its count that of both paths. Shapes are [C, H, W] for feature maps and [N] for flat features (after Flatten
/// or Linear); the batch axis is left out, as exam sheets leave it out.
/// </summary>
public sealed record NetworkTrace(IReadOnlyList<int> Input, IReadOnlyList<IReadOnlyList<int>> Shapes, IReadOnlyList<BigInteger> Parameters)
{
    public IReadOnlyList<int> Output => Shapes.Count == 0 ? Input : Shapes[^1];

    public BigInteger Total => Parameters.Aggregate(BigInteger.Zero, (sum, count) => sum + count);

    /// <summary>The Trace record: shapes, params (per layer), total and output.</summary>
    public RecordValue ToRecord() => RecordValue.Create("Trace",
        ("shapes", Value.List(Shapes.Select(Value.Shape))),
        ("params", Value.List(Parameters.Select(Value.Of))),
        ("total", Value.Of(Total)),
        ("output", Value.Shape(Output)));

    /// <summary>Walks <paramref name="layers"/> from <paramref name="input"/>, which is [C, H, W] or [N].</summary>
    public static NetworkTrace Of(IReadOnlyList<int> input, IReadOnlyList<Layer> layers)
    {
        if (input.Count is not (1 or 3) || input.Any(size => size < 1))
            throw new EvaluationException($"the input shape must be [C, H, W] (or [N] for flat features) with positive sizes, got {Format(input)}");
        var shapes = new List<IReadOnlyList<int>>(layers.Count);
        var parameters = new List<BigInteger>(layers.Count);
        var shape = input;
        for (var i = 0; i < layers.Count; i++)
        {
            var context = Layer.Label(i + 1, layers[i].Kind);
            shape = OutputShape(layers[i], shape, context);
            shapes.Add(shape);
            parameters.Add(ParameterCount(layers[i]));
        }
        return new NetworkTrace(input, shapes, parameters);
    }

    private static IReadOnlyList<int> OutputShape(Layer layer, IReadOnlyList<int> shape, string context) => layer switch
    {
        ConvLayer conv => [OutputChannels(conv, shape, context), .. Slide(conv.Window, shape, context, OutputSize.Convolution)],
        MaxPoolLayer pool => [shape[0], .. Slide(pool.Window, shape, context, (n, k, s, p, d) => OutputSize.Pooling(n, k, s, p, d, pool.CeilMode))],
        AvgPoolLayer pool => [shape[0], .. Slide(pool.Window, shape, context, (n, k, s, p, d) => OutputSize.Pooling(n, k, s, p, d, pool.CeilMode))],
        AdaptiveAvgPoolLayer adaptive => [FeatureMap(shape, context)[0], adaptive.Output.Height, adaptive.Output.Width],
        ReluLayer or DropoutLayer => shape,
        ResidualLayer block => Residual(block, shape, context),
        FlattenLayer => [Flatten(shape, context)],
        LinearLayer linear => [Linear(linear, shape, context)],
        BatchNormLayer norm => shape[0] == norm.Channels
            ? shape
            : throw new EvaluationException(Invariant($"{context}: expects {norm.Channels} channels but receives {shape[0]}")),
        _ => throw new EvaluationException($"{context}: trace does not know this layer"),
    };

    private static BigInteger ParameterCount(Layer layer) => layer switch
    {
        ConvLayer conv => ParameterCounts.Convolution(conv.InChannels, conv.OutChannels, [conv.Window.Kernel.Height, conv.Window.Kernel.Width], conv.Bias, conv.Groups),
        LinearLayer linear => ParameterCounts.FullyConnected(linear.InFeatures, linear.OutFeatures, linear.Bias),
        BatchNormLayer norm => ParameterCounts.BatchNorm(norm.Channels),
        ResidualLayer block => Sum(block.Main) + (block.Shortcut is { } shortcut ? Sum(shortcut) : BigInteger.Zero),
        _ => BigInteger.Zero,
    };

    private static BigInteger Sum(IEnumerable<Layer> layers) => layers.Aggregate(BigInteger.Zero, (sum, layer) => sum + ParameterCount(layer));

    /// <summary>The shape after <paramref name="layers"/>, each named in messages after <paramref name="within"/>.</summary>
    private static IReadOnlyList<int> Walk(IReadOnlyList<Layer> layers, IReadOnlyList<int> shape, string within)
    {
        for (var i = 0; i < layers.Count; i++) shape = OutputShape(layers[i], shape, within + Layer.Label(i + 1, layers[i].Kind));
        return shape;
    }

    /// <summary>Both paths of a block from its input; their results are added, so their shapes must agree.</summary>
    private static IReadOnlyList<int> Residual(ResidualLayer block, IReadOnlyList<int> shape, string context)
    {
        var main = Walk(block.Main, shape, ResidualLayer.PathContext(context, shortcut: false));
        var shortcut = block.Shortcut is { } path ? Walk(path, shape, ResidualLayer.PathContext(context, shortcut: true)) : shape;
        if (main.SequenceEqual(shortcut)) return main;
        throw new EvaluationException(block.Shortcut is null
            ? $"{context}: the main path gives {Format(main)} but the identity shortcut passes the input on as {Format(shortcut)}; the two must have the same shape to be added, so a block that changes the shape needs a projection shortcut such as [Conv(c_in, c_out, 1, stride, bias=false), BatchNorm(c_out)]"
            : $"{context}: the main path gives {Format(main)} but the shortcut gives {Format(shortcut)}; the two must have the same shape to be added");
    }

    private static int OutputChannels(ConvLayer conv, IReadOnlyList<int> shape, string context)
    {
        var channels = FeatureMap(shape, context)[0];
        return channels == conv.InChannels
            ? conv.OutChannels
            : throw new EvaluationException(Invariant($"{context}: expects {conv.InChannels} input channels but receives {channels}"));
    }

    /// <summary>Height and width after sliding <paramref name="window"/>; <paramref name="size"/> is the formula for one axis.</summary>
    private static int[] Slide(Window window, IReadOnlyList<int> shape, string context, Func<int, int, int, int, int, int> size)
    {
        var map = FeatureMap(shape, context);
        return ErrorContext.Within($"{context} on {Format(shape)}", () => new[]
        {
            size(map[1], window.Kernel.Height, window.Stride.Height, window.Padding.Height, window.Dilation.Height),
            size(map[2], window.Kernel.Width, window.Stride.Width, window.Padding.Width, window.Dilation.Width),
        });
    }

    private static IReadOnlyList<int> FeatureMap(IReadOnlyList<int> shape, string context) => shape.Count == 3
        ? shape
        : throw new EvaluationException($"{context}: expects a [C, H, W] feature map but receives flat features {Format(shape)}");

    private static int Flatten(IReadOnlyList<int> shape, string context)
    {
        var features = shape.Aggregate(BigInteger.One, (product, size) => product * size);
        return features <= int.MaxValue
            ? (int)features
            : throw new EvaluationException(Invariant($"{context}: flattening {Format(shape)} gives {features} features, too many to trace"));
    }

    private static int Linear(LinearLayer linear, IReadOnlyList<int> shape, string context)
    {
        if (shape.Count != 1)
            throw new EvaluationException(Invariant($"{context}: expects {linear.InFeatures} flat features but receives {Format(shape)}; put Flatten() before it"));
        if (shape[0] != linear.InFeatures)
            throw new EvaluationException(Invariant($"{context}: expects {linear.InFeatures} input features but receives {shape[0]}"));
        return linear.OutFeatures;
    }

    private static string Format(IReadOnlyList<int> shape) => Value.Shape(shape).ToString();
}
