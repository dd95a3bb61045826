using DeepExam.Working;

namespace DeepExam.Tests.Working;

public class TexNamesTests
{
    [TestCase("x", "x")]
    [TestCase("outS", @"\mathit{outS}")]
    [TestCase("n_in", @"n_{\mathit{in}}")]
    [TestCase("o_6", "o_{6}")]
    [TestCase("W1", "W_{1}")]
    [TestCase("fc1", @"\mathit{fc}_{1}")]
    [TestCase("conv3d", @"\mathit{conv3d}")]
    [TestCase("Kb", "K_{b}")]
    [TestCase("Kern", @"\mathit{Kern}")]
    [TestCase("theta", @"\theta")]
    [TestCase("sigma_x", @"\sigma_{x}")]
    public void A_name_reads_as_the_prompts_write_it(string name, string tex) =>
        Assert.That(TexNames.Of(name), Is.EqualTo(tex));

    [TestCase("o", "o_{1,2}")]
    [TestCase("n_{in}", "(n_{in})_{1,2}")]
    [TestCase("W_{1} x", "(W_{1} x)_{1,2}")]
    public void A_cell_index_applies_to_the_whole_name(string symbol, string cell) =>
        Assert.That(TexNames.Cell(symbol, [0, 1]), Is.EqualTo(cell));

    // A raw name is one the sheet would show as the template's identifier: a word of several letters at its head.
    [TestCase("outS", true)]
    [TestCase("xsc", true)]
    [TestCase("fc_total", true)]
    [TestCase("fc1", true)]
    [TestCase("x", false)]
    [TestCase("n_in", false)]
    [TestCase("W1", false)]
    [TestCase("Kb", false)]
    [TestCase("theta", false)]
    [TestCase("sigma_x", false)]
    public void A_raw_name_is_a_word_of_several_letters_that_is_no_symbol(string name, bool raw) =>
        Assert.That(TexNames.IsRaw(name), Is.EqualTo(raw));

    [TestCase("M", "M'")]
    [TestCase("K_{b}", "K_{b}'")]
    [TestCase(@"\operatorname{pad}(M, 1)", @"(\operatorname{pad}(M, 1))'")]
    [TestCase(@"\frac{K}{2}", @"(\frac{K}{2})'")]
    public void A_primed_symbol_is_bracketed_when_it_is_more_than_a_name(string symbol, string primed) =>
        Assert.That(TexNames.Primed(symbol), Is.EqualTo(primed));
}
