using DeepExam.Numbers;

namespace DeepExam.Tests.Numbers;

/// <summary>
/// A Number keeps an approximate value in a form no rational takes (<c>Rational.CarryingDouble</c>): these pin that the
/// two kinds stay apart and that the double comes back bit for bit.
/// </summary>
public class NumberTests
{
    private static readonly double[] Doubles = [0.0, -0.0, 1.5, -2.25, 1e-300, double.MaxValue, double.Epsilon, double.PositiveInfinity, double.NaN];

    [TestCaseSource(nameof(Doubles))]
    public void An_approximate_number_gives_back_its_double_bit_for_bit(double value)
    {
        var number = Number.Approx(value);

        Assert.That(number.IsExact, Is.False);
        Assert.That(BitConverter.DoubleToInt64Bits(number.ToDouble()), Is.EqualTo(BitConverter.DoubleToInt64Bits(value)));
    }

    [Test]
    public void An_approximate_zero_is_not_the_exact_zero()
    {
        Assert.That(Number.Approx(0.0), Is.Not.EqualTo(Number.Zero));
        Assert.That(Number.Approx(0.0).ToString(), Is.EqualTo("0"));
        Assert.That(Number.Zero.IsExact, Is.True);
    }

    [Test]
    public void The_default_number_is_the_exact_zero()
    {
        Assert.That(default(Number).IsExact, Is.True);
        Assert.That(default(Number), Is.EqualTo(Number.Zero));
    }

    [Test]
    public void Exact_values_stay_exact_through_arithmetic_and_an_approximate_one_makes_the_result_approximate()
    {
        var third = Number.Exact(new Rational(1, 3));

        Assert.That((third + third).ToString(), Is.EqualTo("2/3"));
        Assert.That((third * Number.Approx(3.0)).IsExact, Is.False);
        Assert.That((third * Number.Approx(3.0)).ToDouble(), Is.EqualTo(1.0));
    }

    [Test]
    public void Approximate_numbers_compare_equal_as_doubles_do()
    {
        Assert.That(Number.Approx(double.NaN), Is.EqualTo(Number.Approx(double.NaN)));
        Assert.That(Number.Approx(0.0), Is.EqualTo(Number.Approx(-0.0)));
        Assert.That(Number.Approx(0.5).GetHashCode(), Is.EqualTo(0.5.GetHashCode()));
    }

    [Test]
    public void A_number_is_three_words_long()
    {
        Assert.That(System.Runtime.CompilerServices.Unsafe.SizeOf<Number>(), Is.EqualTo(24));
    }
}
