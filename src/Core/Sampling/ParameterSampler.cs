using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Numbers;
using DeepExam.Templates.Domains;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>Draws one value from a parameter domain.</summary>
public static class ParameterSampler
{
    public static Value Sample(ParameterDomain domain, DeterministicRandom random) => domain switch
    {
        IntegerRange r => Value.Of(r.Min + r.Step * random.Below(r.Count)),
        ChoiceDomain c => c.Options[random.Below(c.Options.Length)],
        BooleanDomain => Value.Of(random.Below(2) == 1),
        RationalRange r => Value.Of(Fraction(r.Min, r.Max, r.Denominators, nonZero: false, random)),
        TensorDomain t => Value.Of(Cells(t, random)),
        SampleDomain s => Draw(s, random),
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain.GetType().Name),
    };

    /// <summary>
    /// k items without replacement: each draw picks uniformly among the items not drawn yet, which stay in the bank's
    /// order, so every ordered k-tuple of distinct items is equally likely and the same seed gives the same tuple.
    /// </summary>
    private static ListValue Draw(SampleDomain s, DeterministicRandom random)
    {
        var left = new List<Value>(s.Bank);
        var drawn = new Value[s.Count];
        for (var i = 0; i < drawn.Length; i++)
        {
            var j = random.Below(left.Count);
            drawn[i] = left[j];
            left.RemoveAt(j);
        }
        return new ListValue([.. drawn]);
    }

    /// <summary>The cells of a tensor parameter in row-major order, each drawn as <see cref="Fraction"/> draws a number.</summary>
    private static Tensor Cells(TensorDomain t, DeterministicRandom random)
    {
        var cells = new Number[Tensor.CheckShape(t.Shape)];
        // Each denominator's numerator bounds are the same for every cell: worked out once per tensor, not once per cell.
        var bounds = NumeratorBounds(t.Min, t.Max, t.Denominators);
        for (var i = 0; i < cells.Length; i++) cells[i] = Fraction(bounds, t.Denominators, t.NonZero, random);
        return Tensor.Create(t.Shape, cells);
    }

    /// <summary>n/d with d drawn from the denominators and n uniform among the numerators that keep n/d in range.</summary>
    private static Rational Fraction(Rational min, Rational max, ImmutableArray<int> denominators, bool nonZero, DeterministicRandom random) =>
        Fraction(NumeratorBounds(min, max, denominators), denominators, nonZero, random);

    /// <summary>For each denominator d, the least and greatest n with min ≤ n/d ≤ max.</summary>
    private static (BigInteger Low, BigInteger High)[] NumeratorBounds(Rational min, Rational max, ImmutableArray<int> denominators)
    {
        var bounds = new (BigInteger, BigInteger)[denominators.Length];
        for (var i = 0; i < bounds.Length; i++) bounds[i] = ((min * denominators[i]).Ceiling(), (max * denominators[i]).Floor());
        return bounds;
    }

    private static Rational Fraction((BigInteger Low, BigInteger High)[] bounds, ImmutableArray<int> denominators, bool nonZero, DeterministicRandom random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var which = random.Below(denominators.Length);
            var d = denominators[which];
            var (low, high) = bounds[which];
            if (high < low) continue;
            // The same draw as Below(BigInteger) makes for a count that fits in a ulong, without its BigInteger steps.
            var count = high - low + BigInteger.One;
            var n = count <= ulong.MaxValue ? low + random.Below((ulong)count) : low + random.Below(count);
            var value = new Rational(n, d);
            if (!nonZero || value.Sign != 0) return value;
            if (attempt > 10_000) throw new InvalidOperationException("no non-zero value in range");
        }
    }
}
