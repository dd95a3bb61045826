using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// Dropout with probability p, as torch.nn.Dropout: during training each value is zeroed with probability p and
/// the rest scaled by 1/(1 − p); either way the shape is kept, and nothing is learned.
/// </summary>
public sealed record DropoutLayer(Rational Probability) : Layer
{
    public const string KindName = "Dropout";

    public override string Kind => KindName;

    public static DropoutLayer Read(LayerFields fields)
    {
        var p = fields.Probability("p");
        return new(p);
    }

    public override RecordValue ToRecord() => RecordValue.Create(Kind, ("p", Value.Of(Probability)));
}
