using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Runs;

namespace DeepExam.Tests.Composition;

/// <summary>
/// The typography gallery (tests/Core.Tests/Fixtures/typography-gallery), a fixture exercise that uses every construct of
/// issue 12 §4 and §5 so one preview shows them all, stays free of TeX problems and keeps showing what it is there to show.
/// Render it with <c>preview tests/Core.Tests/Fixtures/typography-gallery/exercises/typography-gallery.yaml --html</c>.
/// </summary>
public class TypographyGalleryTests
{
    private static string Gallery => Path.Combine(TestPaths.Repository, "tests", "Core.Tests", "Fixtures", "typography-gallery");

    private static Document Sheet(int seed, bool solutions)
    {
        var template = ExercisePreview.Load(Path.Combine(Gallery, "exercises", "typography-gallery.yaml"), Path.Combine(TestPaths.Repository, "exercises"));
        var exam = ExercisePreview.Exam(template, seed);
        return solutions ? ExamDocument.Solutions(exam) : ExamDocument.Exam(exam);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void The_gallery_typesets_without_TeX_problems(int seed)
    {
        Assert.That(Sheet(seed, solutions: false).Problems, Is.Empty);
        Assert.That(Sheet(seed, solutions: true).Problems, Is.Empty);
    }

    [Test]
    public void The_gallery_shows_typographic_quotes_grown_brackets_and_the_real_minus_in_a_list_answer()
    {
        var solutions = Sheet(1, solutions: true);
        var text = string.Join("\n", Flatten(solutions.Blocks).Select(b => b.ToString()));
        Assert.That(text, Does.Contain("\u201Cnested \u2018single\u2019 inside double\u201D, don\u2019t"));
        Assert.That(text, Does.Contain("[\u22123/4, 1, \u22121]"));
        var formulas = Flatten(solutions.Blocks).OfType<Paragraph>().SelectMany(p => p.Inlines).OfType<MathRun>().Select(m => m.Math);
        Assert.That(formulas.SelectMany(Tests.Documents.TexParserTests.Flatten).OfType<MathFenced>().Count(f => f.Grown), Is.GreaterThanOrEqualTo(4));
    }

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) => blocks.SelectMany(b => new[] { b }.Concat(b switch
    {
        Section s => Flatten(s.Blocks),
        KeepTogether k => Flatten(k.Blocks),
        LabeledBlock l => Flatten(l.Blocks),
        AnswerBox a => Flatten(a.Content),
        ListBlock l => Flatten(l.Items.SelectMany(i => i.Blocks)),
        _ => [],
    }));
}
