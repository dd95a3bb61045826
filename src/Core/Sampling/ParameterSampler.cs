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
        TensorDomain t => Value.Of(Tensor.Build(t.Shape, _ => Fraction(t.Min, t.Max, t.Denominators, t.NonZero, random))),
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain.GetType().Name),
    };

    /// <summary>n/d with d drawn from the denominators and n uniform among the numerators that keep n/d in range.</summary>
    private static Rational Fraction(Rational min, Rational max, IReadOnlyList<int> denominators, bool nonZero, DeterministicRandom random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var d = denominators[random.Below(denominators.Count)];
            var low = (min * d).Ceiling();
            var high = (max * d).Floor();
            if (high < low) continue;
            var n = low + random.Below(high - low + BigInteger.One);
            var value = new Rational(n, d);
            if (!nonZero || value.Sign != 0) return value;
            if (attempt > 10_000) throw new InvalidOperationException("no non-zero value in range");
        }
    }
}
