using DeepExam.Documents.Math;

namespace DeepExam.Tests.Documents;

public class MathLinearTextTests
{
    [TestCase(@"n_{out} = n - k + 1", "n_(out) = n − k + 1")]
    [TestCase(@"\frac{3 + 7}{4} = \frac{5}{2}", "(3 + 7)/4 = 5/2")]
    [TestCase(@"x^2 + y_1", "x^2 + y_1")]
    [TestCase(@"\begin{bmatrix} -5 & -\frac{5}{2} \end{bmatrix} - 1", "[−5, −5/2] − 1")]
    [TestCase(@"8\,192\,500", "8192500")]
    [TestCase(@"8{,}192{,}500", "8,192,500")]
    [TestCase(@"[48, 48, 9]", "[48, 48, 9]")]
    [TestCase(@"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", "(1, 2; 3, 4)")]
    [TestCase(@"\begin{bmatrix} \frac{3}{2} & 0 \\ 2 & \frac{1}{2} \end{bmatrix}", "[3/2, 0; 2, 1/2]")]
    [TestCase(@"\sqrt{x + 1}", "√(x + 1)")]
    public void A_formula_reads_as_one_line_of_plain_text(string tex, string expected)
    {
        Assert.That(MathLinearText.Of(TexParser.Parse(tex).Root), Is.EqualTo(expected));
    }
}
