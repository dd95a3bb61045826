using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>
/// The arguments of one builtin call, bound to parameter names, with typed accessors whose errors
/// name the function and the parameter ("conv_out: 'stride' must be an integer, got a matrix").
/// </summary>
public sealed class BuiltinArguments
{
    private readonly BuiltinFunction _function;
    private readonly Value[] _values;
    private readonly IReadOnlyList<Value> _rest;

    /// <param name="values">One value per parameter, in the function's parameter order (defaults filled in).</param>
    public BuiltinArguments(BuiltinFunction function, Value[] values, IReadOnlyList<Value> rest)
    {
        if (values.Length != function.Parameters.Length)
            throw new ArgumentException($"{function.Name} has {function.Parameters.Length} parameters, got {values.Length} values", nameof(values));
        _function = function;
        _values = values;
        _rest = rest;
    }

    /// <summary>Arguments by parameter name; a parameter left out takes its default.</summary>
    public BuiltinArguments(BuiltinFunction function, IReadOnlyDictionary<string, Value> named, IReadOnlyList<Value> rest)
        : this(function, [.. function.Parameters.Select(p => named.TryGetValue(p.Name, out var v) ? v : p.Default!)], rest)
    {
    }

    public BuiltinFunction Function => _function;

    /// <summary>The positional arguments of a variadic call.</summary>
    public IReadOnlyList<Value> Rest => _rest;

    public Value this[string name]
    {
        get
        {
            // A handful of parameters: a linear scan beats hashing, and allocates nothing.
            var parameters = _function.Parameters;
            for (var i = 0; i < parameters.Length; i++)
                if (string.Equals(parameters[i].Name, name, StringComparison.Ordinal)) return _values[i];
            throw new InvalidOperationException($"{_function.Name} has no parameter '{name}'");
        }
    }

    /// <summary>The value of the function's parameter at <paramref name="index"/>, in its parameter order.</summary>
    internal Value At(int index) => _values[index];

    /// <summary>True when the argument was left to its context (<c>none</c>).</summary>
    public bool IsNone(string name) => this[name] is NoneValue;

    private string What(string name) => _function.ArgumentLabel(name);

    public Number Number(string name) => this[name].AsNumber(What(name));
    public Rational Exact(string name) => this[name].AsExact(What(name));
    public BigInteger Integer(string name) => this[name].AsInteger(What(name));
    public int Int(string name) => this[name].AsInt(What(name));
    public bool Bool(string name) => this[name].AsBool(What(name));
    public string String(string name) => this[name].AsString(What(name));
    public IReadOnlyList<Value> List(string name) => this[name].AsList(What(name));
    public int[] IntList(string name) => this[name].AsIntList(What(name));
    public int[] IntOrTuple(string name, int count) => this[name].AsIntOrTuple(count, What(name));
    public Tensor Tensor(string name) => this[name].AsTensor(What(name));
    public Tensor Tensor(string name, int rank) => this[name].AsTensor(rank, What(name));

    /// <summary>A non-negative integer argument.</summary>
    public int NonNegative(string name)
    {
        var v = Int(name);
        return v >= 0 ? v : throw new EvaluationException($"{What(name)} must not be negative, got {v}");
    }

    /// <summary>A positive integer argument.</summary>
    public int Positive(string name)
    {
        var v = Int(name);
        return v > 0 ? v : throw new EvaluationException($"{What(name)} must be positive, got {v}");
    }

    public EvaluationException Error(string message) => new($"{_function.Name}: {message}");
}
