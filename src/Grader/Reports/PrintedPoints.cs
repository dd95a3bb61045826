using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;

namespace DeepExam.Grading.Reports;

/// <summary>
/// A student's points as every report prints them (grades.csv, the feedback YAML and PDF, the
/// statistics), in whole cents, so that what is printed adds up: the total is the sum of the printed
/// parts, the maximum the sum of the printed part maxima, an exercise's subtotal the sum of its parts.
/// <para>
/// Scaling an exercise's points over its parts gives maxima such as 10/7, which no two-decimal figure
/// shows exactly; rounding each (1.43) would make a 10-point exercise print 10.01. So the maxima are
/// apportioned by largest remainder, exam, then exercise, then part: the exam's maximum is its exact
/// total rounded to the cent (the stated total when that has at most two decimals), each exercise gets
/// its exact points rounded down to the cent plus one cent for those with the largest remainders until
/// the exam's maximum is reached, and each exercise's parts share its printed points the same way. A
/// part's printed points are then its share of its printed maximum (exact points / exact maximum ×
/// printed maximum), rounded half away from zero to the cent: full marks print as the printed maximum,
/// no part prints above it, and a part whose maximum prints exactly (every part of an exam with whole
/// or half points) prints its exact points rounded.
/// </para>
/// </summary>
public sealed record PrintedPoints(ImmutableArray<PrintedPart> Parts, Rational Total, Rational Max)
{
    private static readonly Rational Hundred = 100, Half = new(BigInteger.One, 2);

    /// <summary>The printed total as a percentage of the printed maximum, to one decimal.</summary>
    public string Percent => PointsText.Percent(Total, Max);

    public static PrintedPoints Of(StudentGrade grade)
    {
        var parts = grade.Parts;
        var maxima = Maxima(parts);
        var printed = ImmutableArray.CreateBuilder<PrintedPart>(parts.Length);
        Rational total = Rational.Zero, max = Rational.Zero;
        for (var i = 0; i < parts.Length; i++)
        {
            var (exact, exactMax, printedMax) = (parts[i].Points, parts[i].MaxPoints, maxima[i]);
            var points = exactMax == printedMax ? Cents(exact)
                : exactMax.Sign == 0 ? Rational.Zero
                : Cents(exact * printedMax / exactMax);
            printed.Add(new PrintedPart(points, printedMax));
            total += points;
            max += printedMax;
        }
        return new PrintedPoints(printed.MoveToImmutable(), total, max);
    }

    /// <summary>Rounded half away from zero to whole cents.</summary>
    public static Rational Cents(Rational value)
    {
        var scaled = value * Hundred;
        if (scaled.IsInteger) return value; // whole or half points, the usual case
        var cents = (scaled.Abs() + Half).Floor();
        return FromCents(value.Sign < 0 ? -cents : cents);
    }

    // Dividing keeps small values in Rational's long path; the BigInteger constructor would not.
    private static Rational FromCents(BigInteger cents) => new Rational(cents) / Hundred;

    private static Rational[] Maxima(ImmutableArray<PartGrade> parts)
    {
        var maxima = parts.Select(p => p.MaxPoints).ToArray();
        if (maxima.All(m => (m * Hundred).IsInteger)) return maxima; // nothing to apportion: the usual case

        // Parts are in exam order, so a slot's parts ("3.a", "3.b") are adjacent.
        var slots = new List<(int Start, int Count, Rational Total)>();
        string? current = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var key = parts[i].Key;
            var slot = key.IndexOf('.') is var dot and >= 0 ? key[..dot] : key;
            if (slot == current) slots[^1] = (slots[^1].Start, slots[^1].Count + 1, slots[^1].Total + maxima[i]);
            else slots.Add((i, 1, maxima[i]));
            current = slot;
        }
        var examTotal = slots.Aggregate(Rational.Zero, (sum, s) => sum + s.Total);
        var slotTargets = Apportion([.. slots.Select(s => s.Total)], Cents(examTotal));
        var printed = new Rational[parts.Length];
        for (var s = 0; s < slots.Count; s++)
        {
            var (start, count, _) = slots[s];
            var shares = Apportion(maxima[start..(start + count)], slotTargets[s]);
            Array.Copy(shares, 0, printed, start, count);
        }
        return printed;
    }

    /// <summary>
    /// Whole cents for each value that sum to the target (itself whole cents, between the sum of the
    /// values rounded down and the sum rounded up): each value rounded down, then a cent more for the
    /// values with the largest remainders, the earlier first among equal ones.
    /// </summary>
    private static Rational[] Apportion(Rational[] values, Rational target)
    {
        var cents = new BigInteger[values.Length];
        var remainders = new Rational[values.Length];
        var missing = (target * Hundred).Floor();
        for (var i = 0; i < values.Length; i++)
        {
            var scaled = values[i] * Hundred;
            cents[i] = scaled.Floor();
            remainders[i] = scaled - cents[i];
            missing -= cents[i];
        }
        // The target lies within a cent per value of the rounded-down sum, so this tops up at most every value once.
        foreach (var i in Enumerable.Range(0, values.Length).OrderByDescending(i => remainders[i]).Take((int)BigInteger.Clamp(missing, 0, values.Length)))
            cents[i] += 1;
        return [.. cents.Select(FromCents)];
    }
}
