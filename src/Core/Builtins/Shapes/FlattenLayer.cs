using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>Flattens [C, H, W] into [C·H·W] features, as torch.nn.Flatten does after the batch axis.</summary>
public sealed record FlattenLayer : Layer
{
    public const string KindName = "Flatten";

    public override string Kind => KindName;

    public override RecordValue ToRecord() => RecordValue.Create(Kind);
}
