using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Templates.Domains;

/// <summary>
/// <c>{ matrix: [rows, cols], range: [-3, 3] }</c> (or <c>vector</c>, <c>tensor</c>): every cell drawn
/// independently from the integers (or, with <c>denominators</c>, the fractions) in the range.
/// <see cref="NonZero"/> excludes 0 from every cell.
/// </summary>
public sealed record TensorDomain(ImmutableArray<int> Shape, Rational Min, Rational Max, ImmutableArray<int> Denominators, bool NonZero) : ParameterDomain
{
    public override double Size
    {
        get
        {
            var perCell = Denominators.Sum(d => (Max - Min).ToDouble() * d + 1) - (NonZero ? 1 : 0);
            var cells = Shape.Aggregate(1, (a, b) => a * b);
            return Math.Min(Math.Pow(Math.Max(perCell, 1), cells), 1e300);
        }
    }
}
