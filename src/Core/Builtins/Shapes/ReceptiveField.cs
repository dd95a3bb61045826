using System.Numerics;
using DeepExam.Evaluation;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// What one output unit of a layer stack sees, along one axis: <see cref="Size"/> input pixels, and
/// <see cref="Jump"/> input pixels between the centres of neighbouring output units (the effective stride).
/// </summary>
public readonly record struct ReceptiveField(BigInteger Size, BigInteger Jump)
{
    /// <summary>Before any layer each unit is one input pixel, one pixel from the next.</summary>
    public static ReceptiveField OfInput => new(BigInteger.One, BigInteger.One);

    /// <summary>
    /// A window spanning d(k − 1) + 1 units of its input widens the field by d(k − 1) of those units,
    /// each already <see cref="Jump"/> input pixels apart; its stride multiplies the jump. Padding
    /// shifts where windows sit, not how much they see, so it plays no part.
    /// </summary>
    public ReceptiveField Through(int kernel, int stride, int dilation) =>
        new(Size + (BigInteger)dilation * (kernel - 1) * Jump, Jump * stride);

    /// <summary>
    /// The field of a stack of square layers. Convolutions and pools widen it; ReLU and BatchNorm act on
    /// one position at a time and pass it through. Flatten, Linear and AdaptiveAvgPool are rejected
    /// rather than passed through: after them one unit sees the whole input (or a share that depends on
    /// the input size), which a receptive field along one axis cannot express. Layers with unequal
    /// height and width settings are rejected too, because the two axes would have different fields.
    /// </summary>
    public static ReceptiveField Of(IReadOnlyList<Layer> layers)
    {
        var field = OfInput;
        for (var i = 0; i < layers.Count; i++)
        {
            var context = Layer.Label(i + 1, layers[i].Kind);
            field = layers[i] switch
            {
                ConvLayer conv => field.Through(SquareWindow(conv.Window, context)),
                MaxPoolLayer pool => field.Through(SquareWindow(pool.Window, context)),
                AvgPoolLayer pool => field.Through(SquareWindow(pool.Window, context)),
                ReluLayer or BatchNormLayer => field,
                _ => throw new EvaluationException(
                    $"{context}: mixes positions across the whole input, so the receptive field is defined only for the convolution and pooling layers before it"),
            };
        }
        return field;
    }

    private ReceptiveField Through(Window square) => Through(square.Kernel.Height, square.Stride.Height, square.Dilation.Height);

    private static Window SquareWindow(Window window, string context)
    {
        foreach (var (name, setting) in new[] { ("k", window.Kernel), ("stride", window.Stride), ("dilation", window.Dilation) })
            if (!setting.IsSquare)
                throw new EvaluationException($"{context}: the receptive field needs square layers, but '{name}' is {setting}");
        return window;
    }
}
