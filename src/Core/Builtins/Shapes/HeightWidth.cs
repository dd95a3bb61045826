using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// One setting of a 2-D layer per spatial axis (kernel, stride, padding or dilation), written either
/// as one integer for both axes or as [height, width], as PyTorch accepts.
/// </summary>
public readonly record struct HeightWidth(int Height, int Width)
{
    public static HeightWidth Square(int size) => new(size, size);

    public bool IsSquare => Height == Width;

    /// <summary>An integer when both axes agree, so equal layers print alike however they were written.</summary>
    public Value ToValue() => IsSquare ? Value.Of(Height) : Value.Shape([Height, Width]);

    public override string ToString() => ToValue().ToString();
}
