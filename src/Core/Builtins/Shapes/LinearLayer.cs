using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>A fully connected layer, as torch.nn.Linear(n_in, n_out, bias=bias).</summary>
public sealed record LinearLayer(int InFeatures, int OutFeatures, bool Bias) : Layer
{
    public const string KindName = "Linear";

    public override string Kind => KindName;

    public static LinearLayer Read(LayerFields fields) =>
        new(fields.Positive("n_in"), fields.Positive("n_out"), fields.Bool("bias"));

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("n_in", Value.Of(InFeatures)),
        ("n_out", Value.Of(OutFeatures)),
        ("bias", Value.Of(Bias)));
}
