using DeepExam.Documents.Math;

namespace DeepExam.Tests.Documents;

public class InlineFractionsTests
{
    private static MathFraction Fraction(string tex) => TexParserTests.Flatten(TexParser.Parse(tex).Root).OfType<MathFraction>().First();

    [TestCase(@"\frac{e^{z_i}}{\sum_j e^{z_j}}")]
    [TestCase(@"\frac{1}{1 + e^{-z}}")]
    [TestCase(@"\frac{\partial^2 L}{\partial x^2}")]
    public void An_inline_fraction_with_an_exponent_or_a_large_operator_is_set_full_size(string tex) =>
        Assert.That(InlineFractions.FullSize(Fraction(tex)), Is.True);

    [TestCase(@"\frac{9}{16}")]
    [TestCase(@"\frac{\partial \mathcal{L}}{\partial y'_1}")]
    [TestCase(@"\frac{\partial L}{\partial W_{ij}}")]
    [TestCase(@"\tfrac{e^{z_i}}{\sum_j e^{z_j}}")]
    public void Plain_fractions_primes_subscripts_and_an_authors_own_style_stay_as_they_are(string tex) =>
        Assert.That(InlineFractions.FullSize(Fraction(tex)), Is.False);
}
