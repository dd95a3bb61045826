using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Numbers;
using DeepExam.Templates.Domains;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Every value a parameter domain can draw, in a fixed order, for enumerating a small variant space: the values
/// <see cref="ParameterSampler"/> gives, each once (a repeated choice or a fraction reachable with two denominators
/// is one value). Null when the domain holds more values than the limit.
/// </summary>
public static class DomainValues
{
    public static ImmutableArray<Value>? All(ParameterDomain domain, int limit) => domain switch
    {
        IntegerRange r => r.Count > limit ? null : [.. Enumerable.Range(0, (int)r.Count).Select(i => Value.Of(r.Min + r.Step * i))],
        ChoiceDomain c => Distinct(c.Options, limit),
        BooleanDomain => [Value.Of(false), Value.Of(true)],
        RationalRange r => Fractions(r.Min, r.Max, r.Denominators, nonZero: false, limit) is { } values
            ? [.. values.Select(Value.Of)]
            : null,
        TensorDomain t => Tensors(t, limit),
        SampleDomain s => Draws(s, limit),
        _ => null,
    };

    /// <summary>Every ordered draw of k distinct items, in the order of the items' positions in the bank; null past the limit.</summary>
    private static ImmutableArray<Value>? Draws(SampleDomain s, int limit)
    {
        if (s.Size > limit) return null;
        var draws = ImmutableArray.CreateBuilder<Value>((int)s.Size);
        var chosen = new List<int>(s.Count);
        Extend();
        return draws.MoveToImmutable();

        void Extend()
        {
            if (chosen.Count == s.Count)
            {
                draws.Add(new ListValue([.. chosen.Select(i => s.Bank[i])]));
                return;
            }
            for (var i = 0; i < s.Bank.Length; i++)
            {
                if (chosen.Contains(i)) continue;
                chosen.Add(i);
                Extend();
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
    }

    private static ImmutableArray<Value>? Distinct(IEnumerable<Value> values, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = values.Where(v => seen.Add(v.ToString())).ToImmutableArray();
        return distinct.Length > limit ? null : distinct;
    }

    /// <summary>The fractions n/d in [min, max] for d among the denominators, ascending; null past the limit.</summary>
    private static List<Rational>? Fractions(Rational min, Rational max, IReadOnlyList<int> denominators, bool nonZero, int limit)
    {
        var values = new HashSet<Rational>();
        foreach (var d in denominators)
        {
            // Each denominator's fractions are distinct, so a range too wide stops within limit + 1 steps.
            for (var n = (min * d).Ceiling(); n <= (max * d).Floor(); n++)
            {
                var value = new Rational(n, d);
                if (nonZero && value.Sign == 0) continue;
                values.Add(value);
                if (values.Count > limit) return null;
            }
        }
        return [.. values.Order()];
    }

    /// <summary>Every tensor of the domain's shape, the last cell varying fastest; null when there are more than the limit.</summary>
    private static ImmutableArray<Value>? Tensors(TensorDomain t, int limit)
    {
        if (Fractions(t.Min, t.Max, t.Denominators, t.NonZero, limit) is not { Count: > 0 } cell) return null;
        var cells = t.Shape.Aggregate(1, (a, b) => a * b);
        var count = BigInteger.Pow(cell.Count, cells);
        if (count > limit) return null;
        return [.. Enumerable.Range(0, (int)count).Select(index =>
        {
            var data = new Number[cells];
            for (var i = cells - 1; i >= 0; i--, index /= cell.Count) data[i] = Number.Exact(cell[index % cell.Count]);
            return Value.Of(Tensor.Create(t.Shape, data));
        })];
    }
}
