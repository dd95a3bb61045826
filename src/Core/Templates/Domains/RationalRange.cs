using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Templates.Domains;

/// <summary>
/// <c>{ rational: [min, max], denominators: [1, 2, 4] }</c>: a fraction n/d with d drawn from the
/// list and n chosen so that min ≤ n/d ≤ max; "nice" decimals such as 0.25 come from d ∈ {2, 4}.
/// </summary>
public sealed record RationalRange(Rational Min, Rational Max, ImmutableArray<int> Denominators) : ParameterDomain
{
    public override double Size => Denominators.Sum(d => (Max - Min).ToDouble() * d + 1);
}
