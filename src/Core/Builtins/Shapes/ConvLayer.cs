using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// A 2-D convolution, as torch.nn.Conv2d(c_in, c_out, k, stride, padding, dilation, groups=groups, bias=bias);
/// in <see cref="Groups"/> groups each filter sees c_in/groups channels (<see cref="ChannelGroups"/>).
/// </summary>
public sealed record ConvLayer(int InChannels, int OutChannels, Window Window, bool Bias, int Groups = 1) : Layer
{
    public const string KindName = "Conv";

    public override string Kind => KindName;

    public static ConvLayer Read(LayerFields fields)
    {
        var (inChannels, outChannels) = (fields.Positive("c_in"), fields.Positive("c_out"));
        var window = new Window(fields.PositivePair("k"), fields.PositivePair("stride"), fields.NonNegativePair("padding"), fields.PositivePair("dilation"));
        var bias = fields.Bool("bias");
        var groups = fields.Positive("groups");
        try
        {
            ChannelGroups.Check(inChannels, outChannels, groups);
        }
        catch (Evaluation.EvaluationException e)
        {
            throw fields.Error(e.Message);
        }
        return new(inChannels, outChannels, window, bias, groups);
    }

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("c_in", Value.Of(InChannels)),
        ("c_out", Value.Of(OutChannels)),
        ("k", Window.Kernel.ToValue()),
        ("stride", Window.Stride.ToValue()),
        ("padding", Window.Padding.ToValue()),
        ("dilation", Window.Dilation.ToValue()),
        ("bias", Value.Of(Bias)),
        ("groups", Value.Of(Groups)));
}
