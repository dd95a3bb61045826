using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Tests.Values;

public class SharedIntegerValuesTests
{
    [TestCase(-128)]
    [TestCase(0)]
    [TestCase(7)]
    [TestCase(1023)]
    public void A_small_integer_is_one_shared_value_however_it_is_made(int i)
    {
        var shared = Value.Of(i);

        Assert.That(Value.Of(Number.Exact(i)), Is.SameAs(shared));
        Assert.That(Value.Of(new Rational(i)), Is.SameAs(shared));
        Assert.That(Value.Of(new System.Numerics.BigInteger(i)), Is.SameAs(shared));
        Assert.That(shared, Is.EqualTo(new NumberValue(Number.Exact(i))));
    }

    [TestCase(-129)]
    [TestCase(1024)]
    public void A_larger_integer_is_a_value_of_its_own_equal_to_any_other(int i)
    {
        Assert.That(Value.Of(i), Is.Not.SameAs(Value.Of(i)));
        Assert.That(Value.Of(i), Is.EqualTo(Value.Of(i)));
    }

    [Test]
    public void Fractions_and_approximate_integers_are_not_shared()
    {
        Assert.That(Value.Of(new Rational(1, 2)), Is.Not.SameAs(Value.Of(new Rational(1, 2))));
        Assert.That(Value.Of(Number.Approx(3.0)).IsExact, Is.False);
        Assert.That(Value.Of(Number.Approx(3.0)), Is.Not.EqualTo(Value.Of(3)));
    }
}
