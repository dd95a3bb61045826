using System.Numerics;
using DeepExam.Numbers;

namespace DeepExam.Exports;

/// <summary>
/// Exact decimals for the numbers an LMS reads: a terminating rational written out in full, a value rounded to
/// a number of places, and a tolerance rounded outwards or inwards so that the interval it makes is never
/// narrower (or, for a mistake's, never wider) than the exact one. Never scientific notation, never a culture.
/// </summary>
public static class ExactDecimal
{
    /// <summary>The places a terminating decimal needs: 0.125 needs 3. Null when the expansion does not terminate.</summary>
    public static int? Places(Rational value)
    {
        if (!value.HasTerminatingDecimal) return null;
        var d = value.Denominator;
        int twos = 0, fives = 0;
        while (d.IsEven) { d /= 2; twos++; }
        while ((d % 5).IsZero) { d /= 5; fives++; }
        return Math.Max(twos, fives);
    }

    /// <summary>A terminating value in full ("0.0009765625"); any other rounded half away from zero to 12 places.</summary>
    public static string Text(Rational value) => value.ToDecimalString(Places(value) ?? 12);

    /// <summary>The value rounded half away from zero to <paramref name="places"/> decimals.</summary>
    public static Rational Round(Rational value, int places) => Rational.Parse(value.ToDecimalString(places));

    /// <summary>The smallest decimal with <paramref name="places"/> places that is at least the (non-negative) value.</summary>
    public static Rational Up(Rational value, int places)
    {
        var scale = BigInteger.Pow(10, places);
        return new Rational((value * scale).Ceiling(), scale);
    }

    /// <summary>The largest decimal with <paramref name="places"/> places that is at most the (non-negative) value.</summary>
    public static Rational Down(Rational value, int places)
    {
        var scale = BigInteger.Pow(10, places);
        return new Rational((value * scale).Floor(), scale);
    }

    /// <summary>Half a unit in the last of <paramref name="places"/> places: the widest error a correct rounding makes.</summary>
    public static Rational HalfUnit(int places) => new(1, 2 * BigInteger.Pow(10, places));

    /// <summary>A double exactly as its shortest round-trip decimal, which reads back as the same double.</summary>
    public static Rational Of(double value) => Rational.Parse(Number.FormatDouble(value));
}
