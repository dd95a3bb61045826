using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;

namespace DeepExam.Values;

/// <summary>What an expression evaluates to. Values are immutable and compare structurally.</summary>
public abstract record Value
{
    /// <summary>A short name for messages: "a number", "a matrix", "a list".</summary>
    public abstract string Describe();

    /// <summary>True when the value holds no approximate number anywhere.</summary>
    public abstract bool IsExact { get; }

    /// <summary>Canonical text of the value (also used to tell variants apart).</summary>
    public abstract override string ToString();

    public static Value Of(Number n) => n.IsExact && n.ExactValue.TryGetInt32(out var i) ? Of(i) : new NumberValue(n);
    public static Value Of(Rational r) => Of(Number.Exact(r));
    public static Value Of(BigInteger i) => Of(Number.Exact(i));
    public static Value Of(int i) => (uint)(i - SmallestShared) < (uint)SharedIntegers.Length ? SharedIntegers[i - SmallestShared] : new NumberValue(Number.Exact(i));

    // Literals, sizes, counts and indices are nearly all small integers, made again for every student and every draw;
    // values are immutable and compare by value, so one instance of each serves them all.
    private const int SmallestShared = -128, LargestShared = 1023;
    private static readonly NumberValue[] SharedIntegers = [.. Enumerable.Range(SmallestShared, LargestShared - SmallestShared + 1).Select(i => new NumberValue(Number.Exact(i)))];
    // Constraints and masks make a boolean at every step; values are immutable, so two serve them all.
    public static Value Of(bool b) => b ? BoolValue.True : BoolValue.False;
    public static Value Of(Tensor t) => new TensorValue(t);
    public static Value Of(string s) => new StringValue(s);
    public static Value List(IEnumerable<Value> items) => new ListValue([.. items]);
    public static Value Shape(IEnumerable<int> dims) => new ListValue([.. dims.Select(d => Of(d))]);
}

public sealed record NumberValue(Number Number) : Value
{
    public override string Describe() => Number.IsExact ? (Number.IsInteger ? "an integer" : "a number") : "an approximate number";
    public override bool IsExact => Number.IsExact;
    public override string ToString() => Number.ToString();
}

public sealed record BoolValue(bool Value) : Value
{
    public static readonly BoolValue True = new(true), False = new(false);

    public override string Describe() => "a boolean";
    public override bool IsExact => true;
    public override string ToString() => Value ? "true" : "false";
}

public sealed record StringValue(string Value) : Value
{
    public override string Describe() => "a string";
    public override bool IsExact => true;
    public override string ToString() => "\"" + Value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

public sealed record TensorValue(Tensor Tensor) : Value
{
    public override string Describe() => Tensor.Rank switch
    {
        1 => $"a vector of length {Tensor.Shape[0]}",
        2 => $"a {Tensor.Shape[0]}×{Tensor.Shape[1]} matrix",
        _ => $"a tensor of shape {Tensor.FormatShape(Tensor.Shape)}",
    };
    public override bool IsExact => Tensor.IsExact;
    public override string ToString() => Tensor.ToString();
}

/// <summary>An ordered list of values: a shape, a tuple, a list of layers.</summary>
public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    public override string Describe() => $"a list of {Items.Length}";
    public override bool IsExact => Items.All(i => i.IsExact);
    public override string ToString() => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]";
    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);
    public override int GetHashCode() => Items.Aggregate(17, (h, v) => HashCode.Combine(h, v));
}

/// <summary>
/// A named record with ordered fields: a layer description, a network trace, an SGD step, or a record written in a
/// template (kind "record", e.g. a true/false statement with its truth and explanation).
/// </summary>
public sealed record RecordValue(string Kind, ImmutableArray<KeyValuePair<string, Value>> Fields) : Value
{
    public override string Describe() => Kind == "record" ? "a record" : $"a {Kind} record";
    public override bool IsExact => Fields.All(f => f.Value.IsExact);

    public Value? Get(string name)
    {
        foreach (var f in Fields) if (f.Key == name) return f.Value;
        return null;
    }

    public Value this[string name] =>
        Get(name) ?? throw new EvaluationException(
            $"{Kind} has no field '{name}'{Diagnostics.Suggestions.DidYouMean(name, Fields.Select(f => f.Key))} (it has {string.Join(", ", Fields.Select(f => f.Key))})");

    public static RecordValue Create(string kind, params (string Name, Value Value)[] fields) =>
        new(kind, [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);

    public override string ToString() =>
        Kind + "(" + string.Join(", ", Fields.Select(f => f.Key + "=" + f.Value)) + ")";
    public bool Equals(RecordValue? other) =>
        other is not null && Kind == other.Kind && Fields.SequenceEqual(other.Fields);
    public override int GetHashCode() => HashCode.Combine(Kind, Fields.Length);
}

/// <summary>The absent value: an optional argument left to its context (a pooling stride that defaults to the kernel).</summary>
public sealed record NoneValue : Value
{
    public static readonly NoneValue Instance = new();
    public override string Describe() => "none";
    public override bool IsExact => true;
    public override string ToString() => "none";
}
