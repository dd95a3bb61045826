using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>A 2-D convolution, as torch.nn.Conv2d(c_in, c_out, k, stride, padding, dilation, bias=bias).</summary>
public sealed record ConvLayer(int InChannels, int OutChannels, Window Window, bool Bias) : Layer
{
    public const string KindName = "Conv";

    public override string Kind => KindName;

    public static ConvLayer Read(LayerFields fields) => new(
        fields.Positive("c_in"),
        fields.Positive("c_out"),
        new Window(fields.PositivePair("k"), fields.PositivePair("stride"), fields.NonNegativePair("padding"), fields.PositivePair("dilation")),
        fields.Bool("bias"));

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("c_in", Value.Of(InChannels)),
        ("c_out", Value.Of(OutChannels)),
        ("k", Window.Kernel.ToValue()),
        ("stride", Window.Stride.ToValue()),
        ("padding", Window.Padding.ToValue()),
        ("dilation", Window.Dilation.ToValue()),
        ("bias", Value.Of(Bias)));
}
