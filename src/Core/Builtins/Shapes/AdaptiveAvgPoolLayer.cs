using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// Adaptive average pooling to a fixed output size, as torch.nn.AdaptiveAvgPool2d((h, w)); the width
/// defaults to the height. Global average pooling is AdaptiveAvgPool(1).
/// </summary>
public sealed record AdaptiveAvgPoolLayer(HeightWidth Output) : Layer
{
    public const string KindName = "AdaptiveAvgPool";

    public override string Kind => KindName;

    public static AdaptiveAvgPoolLayer Read(LayerFields fields)
    {
        var height = fields.Positive("h");
        return new(new HeightWidth(height, fields.IsNone("w") ? height : fields.Positive("w")));
    }

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("h", Value.Of(Output.Height)),
        ("w", Value.Of(Output.Width)));
}
