using DeepExam.Numbers;
using DeepExam.Text;

namespace DeepExam.Tests.Text;

public class ValueFormatterTests
{
    [TestCase("1/1024", 4, "0.0009766")]
    [TestCase("1/1048576", 4, "0.0000009537")]
    [TestCase("-1/1048576", 4, "-0.0000009537")]
    [TestCase("425/18", 4, "23.6111")]
    [TestCase("425/18", 3, "23.611")]
    [TestCase("425/18", 0, "23.61")]
    [TestCase("1/3", 4, "0.3333")]
    [TestCase("-2/3", 4, "-0.6667")]
    [TestCase("12345678/7", 4, "1763668.2857")]
    [TestCase("12345678/7", 0, "1763668")]
    public void An_approximation_shows_at_least_four_significant_digits(string value, int places, string text) =>
        Assert.That(ValueFormatter.ApproximateDecimal(Rational.Parse(value), places), Is.EqualTo(text));

    [TestCase("1/4", 4, "0.25")]
    [TestCase("1/1024", 10, "0.0009765625")]
    [TestCase("0", 4, "0")]
    public void A_decimal_that_is_the_value_itself_drops_its_trailing_zeros(string value, int places, string text) =>
        Assert.That(ValueFormatter.ApproximateDecimal(Rational.Parse(value), places), Is.EqualTo(text));

    [TestCase("1000003/10000000", 4, "0.1000")]
    [TestCase("200001/100000", 4, "2.0000")]
    [TestCase("99995/100000000", 4, "0.0010000")]
    public void An_approximation_keeps_its_significant_trailing_zeros(string value, int places, string text) =>
        Assert.That(ValueFormatter.ApproximateDecimal(Rational.Parse(value), places), Is.EqualTo(text));

    [TestCase("1/4", 3, "0.250")]
    [TestCase("7", 2, "7.00")]
    [TestCase("2/3", 2, "0.67")]
    public void A_plain_decimal_has_exactly_the_places_asked_for(string value, int places, string text) =>
        Assert.That(ValueFormatter.PlainDecimal(Rational.Parse(value), places), Is.EqualTo(text));
}
