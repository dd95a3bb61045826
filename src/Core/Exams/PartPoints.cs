using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Numbers;

namespace DeepExam.Exams;

/// <summary>
/// How an exercise's points in an exam are shared among its parts. As written, when the exam gives the
/// exercise its own total; otherwise in proportion to the parts' written points, in steps of ½ (of ¼
/// when there are fewer halves than parts), each part's share rounded down to a step (at least one) and
/// the steps left over given to the parts with the largest remainders (the earlier part first among
/// equals): the parts sum to the exercise's points exactly, every part is worth something, and
/// students read 2.5 points, never 20/9.
/// </summary>
public sealed record PartPoints(ImmutableArray<Rational> Points, Rational? Step)
{
    public static readonly Rational Half = new(BigInteger.One, 2), Quarter = new(BigInteger.One, 4);

    /// <summary>Whether steps of ¼ were needed (validate reports it: halves read better).</summary>
    public bool NeedsQuarters => Step == Quarter;

    /// <summary>The parts' points for an exercise worth <paramref name="total"/>; null when no step keeps every part above zero.</summary>
    public static PartPoints? Of(IReadOnlyList<Rational> written, Rational? total)
    {
        var sum = written.Aggregate(Rational.Zero, (s, p) => s + p);
        if (total is not { } target || target == sum) return new PartPoints([.. written], null);
        foreach (var step in new[] { Half, Quarter })
            if (Shared(written, sum, target, step) is { } points) return new PartPoints(points, step);
        return null;
    }

    private static ImmutableArray<Rational>? Shared(IReadOnlyList<Rational> written, Rational sum, Rational target, Rational step)
    {
        var units = target / step;
        if (!units.IsInteger || units.Floor() < written.Count) return null;
        var exact = written.Select(p => p * units / sum).ToArray();
        // Every part gets at least one step, however small its share.
        var steps = exact.Select(e => BigInteger.Max(BigInteger.One, e.Floor())).ToArray();
        Rational Remainder(int i) => exact[i] - new Rational(steps[i]);
        var left = units.Floor() - steps.Aggregate(BigInteger.Zero, (s, x) => s + x);
        // Steps left over go to the largest remainders, the earlier part first among equals; steps too many (given
        // to parts whose share was under one step) come from the parts furthest above their share.
        while (left > 0)
        {
            var i = Enumerable.Range(0, steps.Length).OrderByDescending(Remainder).ThenBy(i => i).First();
            steps[i] += 1;
            left -= 1;
        }
        while (left < 0)
        {
            var i = Enumerable.Range(0, steps.Length).Where(i => steps[i] > 1).OrderBy(Remainder).ThenByDescending(i => i).First();
            steps[i] -= 1;
            left += 1;
        }
        return [.. steps.Select(s => new Rational(s) * step)];
    }
}
