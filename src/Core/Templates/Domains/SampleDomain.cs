using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Templates.Domains;

/// <summary>
/// <c>{ sample: 3, from: [...] }</c>: a list of <see cref="Count"/> distinct items of the bank, in the order they were
/// drawn, so that several parts can each take their own (<c>statements[0]</c>, <c>statements[1]</c>, …). The bank's
/// items are distinct (the loader checks), so two variants differ exactly when their lists do.
/// </summary>
public sealed record SampleDomain(int Count, ImmutableArray<Value> Bank) : ParameterDomain
{
    /// <summary>The ordered draws: n · (n − 1) · … · (n − k + 1).</summary>
    public override double Size => Enumerable.Range(Bank.Length - Count + 1, Count).Aggregate(1.0, (size, factor) => Math.Min(size * factor, 1e300));
}
