using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// What one output unit of a layer stack sees, along one axis: <see cref="Size"/> input pixels,
/// <see cref="Jump"/> input pixels between the centres of neighbouring output units (the effective stride), and
/// <see cref="Start"/>, the input position (pixels counted from 0) at the centre of the first unit's field; padding
/// can put it before the first pixel, and an even window between two.
/// </summary>
public readonly record struct ReceptiveField(BigInteger Size, BigInteger Jump, Rational Start)
{
    /// <summary>Before any layer each unit is one input pixel, one pixel from the next, the first at 0.</summary>
    public static ReceptiveField OfInput => new(BigInteger.One, BigInteger.One, Rational.Zero);

    /// <summary>
    /// A window spanning d(k − 1) + 1 units of its input widens the field by d(k − 1) of those units,
    /// each already <see cref="Jump"/> input pixels apart; its stride multiplies the jump. Padding
    /// shifts where windows sit, not how much they see: the first window's centre lies d(k − 1)/2 − p
    /// units after the first unit.
    /// </summary>
    public ReceptiveField Through(int kernel, int stride, int padding, int dilation) =>
        new(Size + (BigInteger)dilation * (kernel - 1) * Jump, Jump * stride,
            Start + (new Rational((BigInteger)dilation * (kernel - 1), 2) - padding) * Jump);

    /// <summary>The first input pixel the first unit sees.</summary>
    public Rational First => Start - new Rational(Size - 1, 2);

    /// <summary>The last input pixel the first unit sees.</summary>
    public Rational Last => Start + new Rational(Size - 1, 2);

    /// <summary>The field after a stack of square layers (the input's when it is empty); see <see cref="Each"/>.</summary>
    public static ReceptiveField Of(IReadOnlyList<Layer> layers) => Each(layers) is { Count: > 0 } fields ? fields[^1] : OfInput;

    /// <summary>
    /// The field after each layer of a stack of square layers. Convolutions and pools widen it; ReLU, BatchNorm and
    /// Dropout act on one position at a time and pass it through; a residual block sees what either of its paths
    /// sees. Flatten, Linear and AdaptiveAvgPool are rejected rather than passed through: after them one unit sees
    /// the whole input (or a share that depends on the input size), which a receptive field along one axis cannot
    /// express. Layers with unequal height and width settings are rejected too, because the two axes would have
    /// different fields; padding may differ between the axes only when <paramref name="withStart"/> is false and
    /// outside residual blocks, since it moves the start alone, and a block's paths meet by their starts.
    /// </summary>
    public static IReadOnlyList<ReceptiveField> Each(IReadOnlyList<Layer> layers, bool withStart = false, ReceptiveField? from = null, string within = "")
    {
        var field = from ?? OfInput;
        var fields = new List<ReceptiveField>(layers.Count);
        for (var i = 0; i < layers.Count; i++)
        {
            var context = within + Layer.Label(i + 1, layers[i].Kind);
            field = layers[i] switch
            {
                ConvLayer conv => field.Through(SquareWindow(conv.Window, context, withStart)),
                MaxPoolLayer pool => field.Through(SquareWindow(pool.Window, context, withStart)),
                AvgPoolLayer pool => field.Through(SquareWindow(pool.Window, context, withStart)),
                ReluLayer or BatchNormLayer or DropoutLayer => field,
                ResidualLayer block => Through(block, field, context),
                _ => throw new EvaluationException(
                    $"{context}: mixes positions across the whole input, so the receptive field is defined only for the convolution and pooling layers before it"),
            };
            fields.Add(field);
        }
        return fields;
    }

    /// <summary>
    /// The two paths of a block from the same field, and what their sum sees: from the first pixel either path sees
    /// to the last. Their units must be as far apart as each other, or the sum would mix units of different places.
    /// </summary>
    private static ReceptiveField Through(ResidualLayer block, ReceptiveField field, string context)
    {
        // Where the paths meet depends on their starts, so their padding must be the same on both axes.
        var main = Of(block.Main, withStart: true, field, ResidualLayer.PathContext(context, shortcut: false));
        var shortcut = block.Shortcut is { } path ? Of(path, withStart: true, field, ResidualLayer.PathContext(context, shortcut: true)) : field;
        if (main.Jump != shortcut.Jump)
            throw new EvaluationException($"{context}: the main path's units are {main.Jump} input pixels apart but the shortcut's {shortcut.Jump}, so the two cannot be added");
        // Both ends are whole pixels: each layer moves them by whole units of the jump.
        var first = main.First <= shortcut.First ? main.First : shortcut.First;
        var last = main.Last >= shortcut.Last ? main.Last : shortcut.Last;
        return new ReceptiveField((last - first).Floor() + 1, main.Jump, (first + last) / 2);
    }

    private static ReceptiveField Of(IReadOnlyList<Layer> layers, bool withStart, ReceptiveField from, string within) =>
        Each(layers, withStart, from, within) is { Count: > 0 } fields ? fields[^1] : from;

    private ReceptiveField Through(Window square) =>
        Through(square.Kernel.Height, square.Stride.Height, square.Padding.Height, square.Dilation.Height);

    private static Window SquareWindow(Window window, string context, bool withStart)
    {
        foreach (var (name, setting) in new[] { ("k", window.Kernel), ("stride", window.Stride), ("dilation", window.Dilation) })
            if (!setting.IsSquare)
                throw new EvaluationException($"{context}: the receptive field needs square layers, but '{name}' is {setting}");
        if (withStart && !window.Padding.IsSquare)
            throw new EvaluationException($"{context}: the start of the receptive field needs the same padding on both axes, but 'padding' is {window.Padding}");
        return window;
    }
}
