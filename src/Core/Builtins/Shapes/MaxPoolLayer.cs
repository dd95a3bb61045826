using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>Max pooling, as torch.nn.MaxPool2d; the stride defaults to the kernel size.</summary>
public sealed record MaxPoolLayer(Window Window, bool CeilMode) : Layer
{
    public const string KindName = "MaxPool";

    public override string Kind => KindName;

    public static MaxPoolLayer Read(LayerFields fields)
    {
        var kernel = fields.PositivePair("k");
        var stride = fields.IsNone("stride") ? kernel : fields.PositivePair("stride");
        return new(new Window(kernel, stride, fields.NonNegativePair("padding"), fields.PositivePair("dilation")), fields.Bool("ceil_mode"));
    }

    // The record holds the resolved stride, so a printed layer shows the stride it actually uses.
    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("k", Window.Kernel.ToValue()),
        ("stride", Window.Stride.ToValue()),
        ("padding", Window.Padding.ToValue()),
        ("dilation", Window.Dilation.ToValue()),
        ("ceil_mode", Value.Of(CeilMode)));
}
