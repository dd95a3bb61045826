using System.Globalization;
using DeepExam.Numbers;

namespace DeepExam.Tests.Numbers;

public class RationalTests
{
    [TestCase("0.5", "1/2")]
    [TestCase("-0.25", "-1/4")]
    [TestCase("1e-3", "1/1000")]
    [TestCase("2.5E2", "250")]
    [TestCase("11/3", "11/3")]
    [TestCase("-6/4", "-3/2")]
    [TestCase("10001000", "10001000")]
    public void Parses_decimals_and_fractions_exactly(string text, string expected) =>
        Assert.That(Rational.Parse(text).ToString(), Is.EqualTo(expected));

    [TestCase("1,5")]
    [TestCase("1/0")]
    [TestCase("abc")]
    [TestCase("")]
    [TestCase("1e99999")]
    public void Rejects_text_that_is_not_a_number(string text) =>
        Assert.That(Rational.TryParse(text, out _), Is.False);

    [TestCase("7/2", 3, 4)]
    [TestCase("-7/2", -4, -3)]
    [TestCase("6", 6, 6)]
    [TestCase("-1/3", -1, 0)]
    public void Floor_and_ceiling_round_towards_minus_and_plus_infinity(string text, int floor, int ceiling)
    {
        var r = Rational.Parse(text);
        Assert.That((int)r.Floor(), Is.EqualTo(floor));
        Assert.That((int)r.Ceiling(), Is.EqualTo(ceiling));
    }

    [TestCase("425/18", 3, "23.611")]
    [TestCase("2/3", 2, "0.67")]
    [TestCase("-1/8", 2, "-0.13")]
    [TestCase("1/2", 0, "1")]
    [TestCase("5/2", 3, "2.5")]
    public void Decimal_string_rounds_half_away_from_zero(string text, int digits, string expected) =>
        Assert.That(Rational.Parse(text).ToDecimalString(digits), Is.EqualTo(expected));

    [Test]
    public void Arithmetic_stays_exact_and_reduced()
    {
        var third = new Rational(1, 3);
        Assert.That((third + third + third).ToString(), Is.EqualTo("1"));
        Assert.That((new Rational(11, 3) - new Rational(2, 3)).ToString(), Is.EqualTo("3"));
        Assert.That((new Rational(2, 3) * new Rational(9, 4)).ToString(), Is.EqualTo("3/2"));
        Assert.That(new Rational(2, 3).Pow(-2).ToString(), Is.EqualTo("9/4"));
    }

    [Test]
    public void Huge_integers_do_not_overflow()
    {
        var big = Rational.Parse("123456789012345678901234567890");
        Assert.That((big * big).ToString(), Is.EqualTo("15241578753238836750495351562536198787501905199875019052100"));
    }

    [Test]
    public void Exact_square_roots_are_found_and_others_are_not()
    {
        Assert.That(new Rational(9, 4).TrySqrt(out var root), Is.True);
        Assert.That(root.ToString(), Is.EqualTo("3/2"));
        Assert.That(new Rational(2).TrySqrt(out _), Is.False);
    }

    [Test]
    public void Division_by_zero_throws() =>
        Assert.That(() => Rational.One / Rational.Zero, Throws.TypeOf<DivideByZeroException>());

    private static readonly long[] Edges = [0, 1, -1, 2, -3, 7, 1 << 29, (1 << 30) - 1, 1 << 30, (1 << 30) + 1, -(1 << 30), int.MaxValue, int.MinValue, 1L << 40, -(1L << 40) + 3,
        long.MaxValue, -long.MaxValue, long.MinValue, (1L << 62) + 1, 3037000499];

    /// <summary>Pairs around the 30-bit edge where arithmetic leaves longs for BigInteger, and the 63-bit edge where storage does.</summary>
    private static IEnumerable<(Rational A, Rational B)> Pairs()
    {
        var random = new Random(20261122);
        var values = new List<Rational>();
        foreach (var n in Edges)
            foreach (var d in Edges.Where(d => d > 0)) values.Add(new Rational(n, d));
        for (var i = 0; i < 200; i++) values.Add(new Rational(random.NextInt64(-(1L << 32), 1L << 32), random.NextInt64(1, 1L << 32)));
        for (var i = 0; i < 3000; i++) yield return (values[random.Next(values.Count)], values[random.Next(values.Count)]);
    }

    [Test]
    public void Small_number_arithmetic_agrees_with_big_integer_arithmetic()
    {
        foreach (var (a, b) in Pairs())
        {
            var (an, ad, bn, bd) = (a.Numerator, a.Denominator, b.Numerator, b.Denominator);
            Assert.That(a + b, Is.EqualTo(new Rational(an * bd + bn * ad, ad * bd)), $"{a} + {b}");
            Assert.That(a - b, Is.EqualTo(new Rational(an * bd - bn * ad, ad * bd)), $"{a} - {b}");
            Assert.That(a * b, Is.EqualTo(new Rational(an * bn, ad * bd)), $"{a} * {b}");
            if (!bn.IsZero) Assert.That(a / b, Is.EqualTo(new Rational(an * bd, ad * bn)), $"{a} / {b}");
            Assert.That(a.CompareTo(b), Is.EqualTo((an * bd).CompareTo(bn * ad)), $"{a} <=> {b}");
            Assert.That(a == b, Is.EqualTo(an == bn && ad == bd), $"{a} == {b}");
            Assert.That((a + b).ToString(), Is.EqualTo(Text(an * bd + bn * ad, ad * bd)), $"{a} + {b} as text");
            var sum = a + b;
            Assert.That(System.Numerics.BigInteger.GreatestCommonDivisor(sum.Numerator, sum.Denominator).IsOne && sum.Denominator.Sign > 0, Is.True, "reduced, positive denominator");
        }
    }

    // The reduced fraction as text, computed with BigInteger only.
    private static string Text(System.Numerics.BigInteger n, System.Numerics.BigInteger d)
    {
        var g = System.Numerics.BigInteger.GreatestCommonDivisor(n, d);
        (n, d) = (n / g, d / g);
        return d.IsOne ? n.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{n}/{d}");
    }

    [TestCase("9223372036854775807", "9223372036854775806", "-1")]
    [TestCase("-9223372036854775808", "1", "9223372036854775809")]
    [TestCase("18446744073709551616", "2", "-18446744073709551614")]
    [TestCase("1180591620717411303424", "295147905179352825856/3", "-3246626956972881084416/3")]
    public void Values_that_cross_the_long_edge_compare_and_hash_by_value(string big, string small, string difference)
    {
        var a = Rational.Parse(big);
        var b = Rational.Parse(small);
        var back = a - (a - b); // reaches b through the other form when a is beyond a long
        Assert.That(back, Is.EqualTo(b));
        Assert.That(back.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That((b - a).ToString(), Is.EqualTo(difference));
        Assert.That(-(-a), Is.EqualTo(a));
    }

    [TestCase("7", true, 7)]
    [TestCase("-2147483648", true, int.MinValue)]
    [TestCase("2147483648", false, 0)]
    [TestCase("7/2", false, 0)]
    [TestCase("100000000000000000000", false, 0)]
    public void Whole_numbers_in_int_range_read_as_ints(string text, bool fits, int value)
    {
        Assert.That(Rational.Parse(text).TryGetInt32(out var i), Is.EqualTo(fits));
        Assert.That(i, Is.EqualTo(value));
    }

    [Test]
    public void The_default_value_is_zero()
    {
        Assert.That(default(Rational), Is.EqualTo(Rational.Zero));
        Assert.That(default(Rational).ToString(), Is.EqualTo("0"));
        Assert.That(default(Rational).Denominator, Is.EqualTo(System.Numerics.BigInteger.One));
    }
}
