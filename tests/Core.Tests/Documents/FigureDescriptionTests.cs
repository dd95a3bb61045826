using DeepExam.Documents.Figures;

namespace DeepExam.Tests.Documents;

public class FigureDescriptionTests
{
    private static string Described(string spec)
    {
        var figure = FigureParser.Parse(spec);
        Assert.That(figure.Problems, Is.Empty);
        return FigureDescription.Of(figure);
    }

    [Test]
    public void A_grid_label_is_named_in_its_linear_form_not_its_TeX()
    {
        Assert.That(Described(@"grid values: [[1, -2], [3, 4]], label: \text{max pooling}"), Is.EqualTo("Grid max pooling, 2 × 2: row 1: 1, −2; row 2: 3, 4."));
        Assert.That(Described(@"grid values: [[5]], label: x_{i,j}"), Does.StartWith("Grid x_(i").And.Not.Contain("{"));
    }
}
