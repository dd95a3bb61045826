using DeepExam.Evaluation;
using DeepExam.Values;
using static System.FormattableString;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// The named settings of one layer, whether they arrive as the arguments of a constructor such as
/// Conv(...) or as the fields of a layer record handed to trace(...). Both paths read through here so
/// a layer is checked by one set of rules, and every message says which call or which layer is wrong
/// ("Conv: 'k' must be positive, got 0", "layer 3 (Conv): 'c_in' must be an integer, got a list of 2").
/// </summary>
public sealed class LayerFields(string context, Func<string, Value?> lookup)
{
    /// <summary>Who is speaking in messages: a constructor name, or "layer 3 (Conv)".</summary>
    public string Context => context;

    public static LayerFields Of(BuiltinArguments arguments) => new(arguments.Function.Name, name => arguments[name]);

    /// <summary>The fields of a layer record at a 1-based position in a network, or in a path of a block (<paramref name="within"/>).</summary>
    public static LayerFields Of(RecordValue record, int position, string within = "") => new(within + Layer.Label(position, record.Kind), record.Get);

    public Value this[string name] => lookup(name) ?? throw Error($"has no field '{name}'");

    /// <summary>True when the setting was left to its context (<c>none</c>), as a pooling stride may be.</summary>
    public bool IsNone(string name) => this[name] is NoneValue;

    public bool Bool(string name) => this[name].AsBool(What(name));

    public int Positive(string name)
    {
        var value = this[name].AsInt(What(name));
        return value > 0 ? value : throw Error(Invariant($"'{name}' must be positive, got {value}"));
    }

    /// <summary>An exact number from 0 to 1, such as a dropout probability.</summary>
    public Numbers.Rational Probability(string name)
    {
        var p = this[name].AsExact(What(name));
        return p.Sign >= 0 && p <= Numbers.Rational.One ? p : throw Error($"'{name}' must be a probability from 0 to 1, got {p}");
    }

    /// <summary>A list of layers, such as a path of a residual block; <paramref name="within"/> names the path in messages.</summary>
    public System.Collections.Immutable.ImmutableArray<Layer> Layers(string name, string within) =>
        [.. Layer.ListFrom(this[name].AsList(What(name)), within)];

    public HeightWidth PositivePair(string name) => Pair(name, minimum: 1, "positive");

    public HeightWidth NonNegativePair(string name) => Pair(name, minimum: 0, "non-negative");

    public EvaluationException Error(string message) => new($"{context}: {message}");

    private HeightWidth Pair(string name, int minimum, string adjective)
    {
        var both = this[name].AsIntOrTuple(2, What(name));
        if (both[0] < minimum || both[1] < minimum)
            throw Error($"'{name}' must be {adjective}, got {new HeightWidth(both[0], both[1])}");
        return new HeightWidth(both[0], both[1]);
    }

    private string What(string name) => $"{context}: '{name}'";
}
