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
}
