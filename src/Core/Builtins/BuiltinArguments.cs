using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>
/// The arguments of one builtin call, bound to parameter names, with typed accessors whose errors
/// name the function and the parameter ("conv_out: 'stride' must be an integer, got a matrix").
/// </summary>
public sealed class BuiltinArguments(BuiltinFunction function, IReadOnlyDictionary<string, Value> values, IReadOnlyList<Value> rest)
{
    public BuiltinFunction Function => function;

    /// <summary>The positional arguments of a variadic call.</summary>
    public IReadOnlyList<Value> Rest => rest;

    public Value this[string name] =>
        values.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"{function.Name} has no parameter '{name}'");

    /// <summary>True when the argument was left to its context (<c>none</c>).</summary>
    public bool IsNone(string name) => this[name] is NoneValue;

    private string What(string name) => $"{function.Name}: '{name}'";

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

    public EvaluationException Error(string message) => new($"{function.Name}: {message}");
}
