using System.Collections.Immutable;
using DeepExam.Evaluation;
using DeepExam.Values;
using static System.FormattableString;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// One layer of a network as the expression language describes it. Layers hold settings only; what a
/// layer does to a shape is <see cref="NetworkTrace"/>'s business and what it sees is
/// <see cref="ReceptiveField"/>'s. A layer travels through expressions as a <see cref="RecordValue"/>
/// whose kind and field names are those of its constructor, so reading it back is reading a call.
/// </summary>
public abstract record Layer
{
    /// <summary>The constructor name, which is also the record kind: "Conv", "MaxPool", ...</summary>
    public abstract string Kind { get; }

    public abstract RecordValue ToRecord();

    public sealed override string ToString() => ToRecord().ToString();

    /// <summary>How messages name the layer at a 1-based position: "layer 4 (Conv)".</summary>
    public static string Label(int position, string kind) => Invariant($"layer {position} ({kind})");

    /// <summary>
    /// The layers of a network, or of a path of a block (<paramref name="within"/> says which, for messages);
    /// positions in messages count from 1, as a reader numbers them.
    /// </summary>
    public static IReadOnlyList<Layer> ListFrom(IReadOnlyList<Value> values, string within = "") =>
        [.. values.Select((value, index) => FromValue(value, index + 1, within))];

    public static Layer FromValue(Value value, int position, string within = "")
    {
        if (value is not RecordValue record)
            throw new EvaluationException(Invariant($"{within}layer {position} must be a layer such as Conv(...) or ReLU(), got {value.Describe()}"));
        var fields = LayerFields.Of(record, position, within);
        return record.Kind switch
        {
            ConvLayer.KindName => ConvLayer.Read(fields),
            MaxPoolLayer.KindName => MaxPoolLayer.Read(fields),
            AvgPoolLayer.KindName => AvgPoolLayer.Read(fields),
            AdaptiveAvgPoolLayer.KindName => AdaptiveAvgPoolLayer.Read(fields),
            ReluLayer.KindName => new ReluLayer(),
            FlattenLayer.KindName => new FlattenLayer(),
            LinearLayer.KindName => LinearLayer.Read(fields),
            BatchNormLayer.KindName => BatchNormLayer.Read(fields),
            DropoutLayer.KindName => DropoutLayer.Read(fields),
            ResidualLayer.KindName => ResidualLayer.Read(fields),
            _ => throw new EvaluationException(
                Invariant($"{within}layer {position} is {record.Describe()}, not a layer; layers are {string.Join(", ", KindNames)}")),
        };
    }

    private static readonly ImmutableArray<string> KindNames =
    [
        ConvLayer.KindName, MaxPoolLayer.KindName, AvgPoolLayer.KindName, AdaptiveAvgPoolLayer.KindName,
        ReluLayer.KindName, FlattenLayer.KindName, LinearLayer.KindName, BatchNormLayer.KindName, DropoutLayer.KindName, ResidualLayer.KindName,
    ];
}
