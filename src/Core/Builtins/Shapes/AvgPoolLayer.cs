using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>Average pooling, as torch.nn.AvgPool2d (which has no dilation); the stride defaults to the kernel size.</summary>
public sealed record AvgPoolLayer(Window Window, bool CeilMode) : Layer
{
    public const string KindName = "AvgPool";

    public override string Kind => KindName;

    public static AvgPoolLayer Read(LayerFields fields)
    {
        var kernel = fields.PositivePair("k");
        var stride = fields.IsNone("stride") ? kernel : fields.PositivePair("stride");
        return new(new Window(kernel, stride, fields.NonNegativePair("padding"), HeightWidth.Square(1)), fields.Bool("ceil_mode"));
    }

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("k", Window.Kernel.ToValue()),
        ("stride", Window.Stride.ToValue()),
        ("padding", Window.Padding.ToValue()),
        ("ceil_mode", Value.Of(CeilMode)));
}
