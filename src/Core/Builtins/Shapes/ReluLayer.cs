using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>An element-wise activation: keeps the shape and learns nothing.</summary>
public sealed record ReluLayer : Layer
{
    public const string KindName = "ReLU";

    public override string Kind => KindName;

    public override RecordValue ToRecord() => RecordValue.Create(Kind);
}
