using System.Diagnostics;
using AngleSharp.Html.Parser;
using DeepExam.Runs;

namespace DeepExam.Tests.Html;

/// <summary>
/// The web pages <c>generate --formats html</c> writes for the demo class: parsed back with a real HTML
/// parser, and checked by the Nu Html Checker when it is installed (.ci/run installs it).
/// </summary>
public class HtmlSheetsTests
{
    private static string _work = "";
    private static string Pages => Path.Combine(_work, "out", "html");

    [OneTimeSetUp]
    public static void GenerateTheDemoPages()
    {
        _work = Directory.CreateTempSubdirectory("deepexam-html-").FullName;
        ClassGeneration.Run(new GenerationRequest(
            Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"),
            Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(_work, "out"), "test-secret", Force: false, Formats: ["html"]));
    }

    [OneTimeTearDown]
    public static void RemoveThePages() => Directory.Delete(_work, recursive: true);

    [Test]
    public void Every_student_gets_an_exam_page_and_a_solution_page_and_nothing_else()
    {
        var files = Directory.GetFiles(Path.Combine(_work, "out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Pages, f)).Order(StringComparer.Ordinal).ToList();
        // Beside the pages only the template versions every run records.
        Assert.That(files, Has.Count.EqualTo(25));
        Assert.That(files, Does.Contain(Path.Combine("..", "exercise-versions.yaml")));
        Assert.That(files, Does.Contain("s1001-exam.html").And.Contain("s1012-solutions.html"));
    }

    [Test]
    public void A_page_is_html5_in_english_with_math_and_figures_inline_and_nothing_fetched()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Pages, "s1001-solutions.html")));
        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(document.QuerySelectorAll("math").Length, Is.GreaterThan(10));
        Assert.That(document.QuerySelectorAll("svg").Length, Is.GreaterThan(0));
        Assert.That(document.QuerySelectorAll("svg title").Select(t => t.TextContent), Is.All.Not.Empty, "every figure is described");
        Assert.That(document.QuerySelectorAll("script, link, img, iframe, object, embed"), Is.Empty);
        var urls = document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href" or "action").Select(a => a.Value).ToList();
        Assert.That(urls, Is.Empty, "no external request");
        Assert.That(document.QuerySelectorAll("mfenced, menclose"), Is.Empty, "MathML Core only");
    }

    [Test]
    public void The_exam_page_shows_no_solution_and_the_solution_page_does()
    {
        var exam = File.ReadAllText(Path.Combine(Pages, "s1001-exam.html"));
        var solutions = File.ReadAllText(Path.Combine(Pages, "s1001-solutions.html"));
        Assert.That(exam, Does.Not.Contain("Solution.").And.Not.Contain("Working."));
        Assert.That(solutions, Does.Contain("<strong>Solution. </strong>"));
    }

    [Test]
    public void The_same_student_gets_byte_identical_pages_in_another_run()
    {
        var again = Path.Combine(_work, "again");
        ClassGeneration.Run(new GenerationRequest(
            Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"),
            Path.Combine(TestPaths.Repository, "exercises"), again, "test-secret", Force: false, Formats: ["html", "keys"]));
        foreach (var file in Directory.GetFiles(Pages))
            Assert.That(File.ReadAllBytes(Path.Combine(again, "html", Path.GetFileName(file))), Is.EqualTo(File.ReadAllBytes(file)), file);
    }

    [Test]
    public void Every_page_passes_the_Nu_Html_Checker()
    {
        var jar = NuHtmlChecker.Jar();
        if (jar is null) Assert.Ignore("the Nu Html Checker (npm vnu-jar, with a Java runtime) is not installed; .ci/run installs it");
        var (exit, output) = NuHtmlChecker.Check(jar, Directory.GetFiles(Pages));
        Assert.That(output, Is.Empty);
        Assert.That(exit, Is.EqualTo(0));
    }
}
