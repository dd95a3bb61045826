using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>
/// A function the expression language can call. <see cref="Variadic"/> functions take any number of
/// positional arguments, which arrive as one list (or a single list or tensor argument as it is).
/// </summary>
public sealed record BuiltinFunction(
    string Name,
    string Category,
    string Summary,
    ImmutableArray<BuiltinParameter> Parameters,
    ImmutableArray<BuiltinExample> Examples,
    bool Variadic,
    Func<BuiltinArguments, Value> Body)
{
    public string Signature => Variadic
        ? $"{Name}(values...)"
        : $"{Name}({string.Join(", ", Parameters)})";

    public int RequiredCount => Parameters.Count(p => !p.IsOptional);

    // Argument accessors name the argument on every read in case it is wrong; building that text once
    // per function instead of once per read keeps evaluation from allocating it.
    private readonly Dictionary<string, string> _labels = Parameters.ToDictionary(p => p.Name, p => $"{Name}: '{p.Name}'", StringComparer.Ordinal);

    /// <summary>"conv_out: 'stride'": how errors about an argument name it.</summary>
    public string ArgumentLabel(string parameter) =>
        _labels.TryGetValue(parameter, out var label) ? label : $"{Name}: '{parameter}'";
}
