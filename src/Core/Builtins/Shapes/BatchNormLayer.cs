using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>Batch normalisation over c channels (or c features of a flat input), as torch.nn.BatchNorm2d / BatchNorm1d.</summary>
public sealed record BatchNormLayer(int Channels) : Layer
{
    public const string KindName = "BatchNorm";

    public override string Kind => KindName;

    public static BatchNormLayer Read(LayerFields fields) => new(fields.Positive("c"));

    public override RecordValue ToRecord() => RecordValue.Create(Kind, ("c", Value.Of(Channels)));
}
