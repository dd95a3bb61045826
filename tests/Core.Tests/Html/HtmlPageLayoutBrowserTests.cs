using DeepExam.Runs;
using PuppeteerSharp;

namespace DeepExam.Tests.Html;

/// <summary>
/// How the demo's exam page is laid out by a real browser (the system Chromium), on a phone-wide and a desktop-wide
/// screen: a list item's marker stands level with its text, and a part's label sits right above (narrow) or beside
/// (wide) its body, with no blank band between them. Skipped when Chromium is missing; CI installs it.
/// </summary>
[NonParallelizable]
public class HtmlPageLayoutBrowserTests
{
    private static IBrowser? _browser;
    private static string _work = "";

    [OneTimeSetUp]
    public static async Task GenerateThePagesAndStartTheBrowser()
    {
        var chromium = SystemChromium.Find();
        if (chromium is null) Assert.Ignore(SystemChromium.Missing);
        _work = Directory.CreateTempSubdirectory("deepexam-layout-").FullName;
        ClassGeneration.Run(new GenerationRequest(
            Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"),
            Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(_work, "out"), "test-secret", Force: false, Formats: ["html"]));
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    [OneTimeTearDown]
    public static async Task StopTheBrowser()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_work.Length > 0) Directory.Delete(_work, recursive: true);
    }

    private static async Task<IPage> Open(string page, int width)
    {
        var tab = await _browser!.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await tab.GoToAsync(new Uri(Path.Combine(_work, "out", "html", page)).AbsoluteUri);
        return tab;
    }

    [TestCase(400)]
    [TestCase(1000)]
    public async Task A_list_marker_stands_level_with_the_first_line_of_its_item(int width)
    {
        await using var tab = await Open("s1001-solutions.html", width);
        // Per item: the marker's top and its text's first line's top, in pixels.
        var tops = await tab.EvaluateExpressionAsync<double[][]>(
            "Array.from(document.querySelectorAll('ul.marked>li')).map(li => { const r = document.createRange(); " +
            "const text = li.querySelector(':scope>div'); r.selectNodeContents(text); " +
            "return [li.querySelector('.marker').getBoundingClientRect().top, r.getClientRects()[0].top]; })");
        Assert.That(tops, Is.Not.Empty, "the demo's solutions have a list");
        foreach (var pair in tops) Assert.That(Math.Abs(pair[0] - pair[1]), Is.LessThan(4), $"marker at {pair[0]:0}, text at {pair[1]:0}");
    }

    /// <summary>Per part of the page: its label's top and bottom, its body's first line's top, and the font size, in pixels.</summary>
    private static Task<double[][]> LabelsAndBodies(IPage tab) => tab.EvaluateExpressionAsync<double[][]>(
        "Array.from(document.querySelectorAll('.labeled')).map(l => { const r = document.createRange(); " +
        "r.selectNodeContents(l.querySelector('.body')); const label = l.querySelector('.label').getBoundingClientRect(); " +
        "return [label.top, label.bottom, r.getClientRects()[0].top, parseFloat(getComputedStyle(l).fontSize)]; })");

    [Test]
    public async Task On_a_narrow_screen_a_parts_label_sits_right_above_its_body()
    {
        await using var tab = await Open("s1001-exam.html", 400);
        var parts = await LabelsAndBodies(tab);
        Assert.That(parts, Has.Length.GreaterThan(10));
        foreach (var (bottom, body, font) in parts.Select(p => (p[1], p[2], p[3])))
        {
            Assert.That(body, Is.GreaterThanOrEqualTo(bottom), "the body starts below the label");
            Assert.That(body - bottom, Is.LessThan(font * 0.8), $"label ends at {bottom:0}, body starts at {body:0}: no blank line between");
        }
    }

    [Test]
    public async Task On_a_wide_screen_a_parts_label_and_body_start_on_one_line()
    {
        await using var tab = await Open("s1001-exam.html", 1000);
        var parts = await LabelsAndBodies(tab);
        Assert.That(parts, Has.Length.GreaterThan(10));
        foreach (var (top, body) in parts.Select(p => (p[0], p[2]))) Assert.That(Math.Abs(top - body), Is.LessThan(4), $"label at {top:0}, body at {body:0}");
    }
}
