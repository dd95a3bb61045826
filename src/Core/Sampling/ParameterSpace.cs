using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Every combination of a template's parameter values, when there are few enough to try them all: `validate`
/// then checks each one instead of sampling. Combination i reads its index in mixed radix, the last parameter
/// varying fastest, so the order is fixed.
/// </summary>
public sealed record ParameterSpace(ImmutableArray<ParameterDefinition> Parameters, ImmutableArray<ImmutableArray<Value>> Values)
{
    public int Count => Values.Aggregate(1, (count, values) => count * values.Length);

    /// <summary>The space of the template's parameters, or null when some domain is too large (or empty) or there are more than <paramref name="limit"/> combinations.</summary>
    public static ParameterSpace? Of(ExerciseTemplate template, int limit)
    {
        var values = ImmutableArray.CreateBuilder<ImmutableArray<Value>>(template.Parameters.Length);
        var count = BigInteger.One;
        foreach (var parameter in template.Parameters)
        {
            if (DomainValues.All(parameter.Domain, limit) is not { Length: > 0 } domain) return null;
            count *= domain.Length;
            if (count > limit) return null;
            values.Add(domain);
        }
        return new ParameterSpace(template.Parameters, values.MoveToImmutable());
    }

    /// <summary>The parameter values of combination <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public IReadOnlyDictionary<string, Value> Combination(int index)
    {
        var combination = new Dictionary<string, Value>(Parameters.Length, StringComparer.Ordinal);
        for (var p = Parameters.Length - 1; p >= 0; p--)
        {
            combination[Parameters[p].Name] = Values[p][index % Values[p].Length];
            index /= Values[p].Length;
        }
        return combination;
    }
}
