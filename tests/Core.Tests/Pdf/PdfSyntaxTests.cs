using System.Globalization;
using System.Text;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

public class PdfSyntaxTests
{
    private static string Written(Action<PdfSyntax> write)
    {
        var syntax = new PdfSyntax();
        write(syntax);
        return Encoding.ASCII.GetString(syntax.Written);
    }

    [TestCase(595.2756, 2, " 595.28")]
    [TestCase(12.0, 3, " 12")]
    [TestCase(-0.0001, 3, " 0")]
    [TestCase(1234.5675, 3, " 1234.568")]
    [TestCase(-7.25, 1, " -7.3")]
    public void Reals_are_rounded_without_trailing_zeros(double value, int decimals, string expected) =>
        Assert.That(Written(s => s.Real(value, decimals)), Is.EqualTo(expected));

    [Test]
    public void Numbers_are_written_the_same_in_any_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.That(Written(s => s.Real(1234.5).Int(-1000000)), Is.EqualTo(" 1234.5 -1000000"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void Ascii_text_is_a_literal_string_with_its_delimiters_escaped() =>
        Assert.That(Written(s => s.Text(@"f(x) \ 2")), Is.EqualTo(@"(f\(x\) \\ 2)"));

    [Test]
    public void Other_text_is_utf16_with_a_byte_order_mark_in_hex() =>
        Assert.That(Written(s => s.Text("a−b")), Is.EqualTo("<FEFF006122120062>"));

    [Test]
    public void References_and_dates_have_their_pdf_forms() =>
        Assert.That(Written(s => s.Raw("/P").Ref(12).Raw("/D").Date(new DateTime(2026, 12, 14, 0, 0, 0, DateTimeKind.Utc))),
            Is.EqualTo("/P 12 0 R/D(D:20261214000000+00'00')"));
}
