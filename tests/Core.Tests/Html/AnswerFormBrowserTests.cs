using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using DeepExam.Output;
using DeepExam.Runs;
using DeepExam.Solving;
using DeepExam.Templates;
using PuppeteerSharp;

namespace DeepExam.Tests.Html;

/// <summary>
/// The answer form end to end in a real browser (the system Chromium, driven by PuppeteerSharp): a demo student's form
/// opened from file://, every right answer typed as a student would, saved through the browser's download, and the saved
/// file graded by the grader; a malformed answer flagged and graded as a format error alone; a saved file loaded back
/// into a fresh form. Skipped, saying why, when Chromium is missing; CI installs it and fails on the skip.
/// </summary>
[NonParallelizable]
public class AnswerFormBrowserTests
{
    private const string Secret = "test-secret";
    private const string StudentId = "s1001";
    private static string _work = "";
    private static IBrowser? _browser;
    private static StudentExam _exam = null!;
    private static ImmutableArray<SolvedPart> _parts;

    private static string Repo => TestPaths.Repository;
    private static string Blueprint => Path.Combine(Repo, "templates", "demo-exam.yaml");
    private static string Roster => Path.Combine(Repo, "templates", "demo-roster.csv");
    private static string Exercises => Path.Combine(Repo, "exercises");
    private static string Form => Path.Combine(_work, "out", "answer-forms", StudentId + ".html");

    [OneTimeSetUp]
    public static async Task GenerateTheFormsAndStartTheBrowser()
    {
        var chromium = SystemChromium.Find();
        if (chromium is null) Assert.Ignore(SystemChromium.Missing);
        _work = Directory.CreateTempSubdirectory("deepexam-forms-").FullName;
        ClassGeneration.Run(new GenerationRequest(Blueprint, Roster, Exercises, Path.Combine(_work, "out"), Secret, Force: false, Formats: ["answer-forms", "answer-sheets"]));
        var library = ExerciseLibrary.Open(Exercises, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Blueprint, library);
        _exam = new ExamGenerator(blueprint, library, Secret).Generate(RosterLoader.Load(Roster).Single(s => s.Id == StudentId));
        _parts = [.. _exam.Parts];
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    [OneTimeTearDown]
    public static async Task StopTheBrowser()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        if (_work.Length > 0) Directory.Delete(_work, recursive: true);
    }

    /// <summary>A fresh tab on the form whose downloads land in <paramref name="downloads"/>, with every request it makes recorded.</summary>
    private static async Task<(IPage Page, List<string> Requests)> Open(string downloads)
    {
        var page = await _browser!.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, e) => requests.Add(e.Request.Url);
        Directory.CreateDirectory(downloads);
        await page.Client.SendAsync("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = downloads });
        await page.GoToAsync(new Uri(Form).AbsoluteUri);
        return (page, requests);
    }

    private static async Task Enter(IPage page, int field, FormAnswer answer)
    {
        if (answer.Text is { } text)
        {
            var input = await page.QuerySelectorAsync($"#a{field}");
            await input.TypeAsync(text);
        }
        // The fields are the page's .field elements in the parts' order.
        var box = (await page.QuerySelectorAllAsync(".field"))[field];
        var cells = await box.QuerySelectorAllAsync(".cells input");
        Assert.That(cells, Has.Length.EqualTo(answer.Cells.Length), $"the cells of field {field}");
        for (var i = 0; i < cells.Length; i++) await cells[i].TypeAsync(answer.Cells[i]);
        foreach (var tick in answer.Ticks) await (await box.QuerySelectorAsync($"input[value=\"{tick}\"]")).ClickAsync();
    }

    /// <summary>Clicks Save and waits for the whole download.</summary>
    private static async Task<string> Save(IPage page, string downloads)
    {
        await page.ClickAsync("button.save");
        var saved = Path.Combine(downloads, StudentId + ".yaml");
        for (var waited = 0; waited < 200 && !(File.Exists(saved) && Directory.GetFiles(downloads, "*.crdownload").Length == 0); waited++) await Task.Delay(50);
        Assert.That(File.Exists(saved), Is.True, "the download arrived");
        return saved;
    }

    private static GradedStudent Grade(string saved)
    {
        var submissions = Directory.CreateTempSubdirectory("deepexam-handed-in-").FullName;
        try
        {
            File.Copy(saved, Path.Combine(submissions, Path.GetFileName(saved)));
            var outcome = GradingRun.Run(new GradingRequest(Blueprint, Roster, Exercises, submissions, Path.Combine(submissions, "..", Path.GetFileName(submissions) + "-grades"), Secret, Force: false, FeedbackPdfs: false));
            return outcome.Grades.Single(g => g.Student.Id == StudentId);
        }
        finally
        {
            Directory.Delete(submissions, recursive: true);
            if (Directory.Exists(submissions + "-grades")) Directory.Delete(submissions + "-grades", recursive: true);
        }
    }

    private static IEnumerable<string> Outside(IEnumerable<string> requests) =>
        requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal));

    [Test]
    public async Task Every_right_answer_typed_in_the_form_and_saved_gets_full_marks()
    {
        var answers = _parts.Select(FormAnswer.Right).ToList();
        // The notations the test must cover: a grouped integer, a fraction and a matrix.
        Assert.That(answers.Select(a => a.Text ?? ""), Has.Some.Match(@"^\d{1,3}(,\d{3})+$").And.Some.Contains("/"));
        Assert.That(_parts.Select(p => p.Kind), Has.Some.EqualTo(AnswerKind.Matrix));

        var downloads = Path.Combine(_work, "right");
        var (page, requests) = await Open(downloads);
        for (var i = 0; i < answers.Count; i++) await Enter(page, i, answers[i]);
        Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('[aria-invalid=true]').length"), Is.Zero, "no field is flagged");
        var saved = await Save(page, downloads);
        var grade = Grade(saved);

        // Exactly the answer sheet handed out, each answer written after its key, quoted.
        Assert.That(File.ReadAllText(saved), Is.EqualTo(AnswerSheetWriter.Write(_exam, part => answers[_parts.IndexOf(part)].Yaml(part))));
        Assert.That(grade.Status, Is.EqualTo(SubmissionStatus.Graded));
        Assert.That(grade.Parts.Select(p => $"{p.Key} {p.Status}"), Is.EqualTo(_parts.Select(p => $"{p.Key} {PartStatus.Correct}")));
        Assert.That(grade.Total, Is.EqualTo(grade.Max));
        Assert.That(Outside(requests), Is.Empty, "nothing is fetched");
        await page.CloseAsync();
    }

    [Test]
    public async Task Once_the_script_has_run_every_input_has_a_name_and_a_grid_cell_says_where_it_is()
    {
        var (page, _) = await Open(Path.Combine(_work, "names"));
        // Each input's accessible name as the page gives it: its aria-label, or the text of its label.
        var names = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('input')).map(i => i.getAttribute('aria-label') || (i.labels.length > 0 ? i.labels[0].textContent.trim() : ''))");
        Assert.That(names, Has.None.Empty);
        var cells = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('.cells input')).map(i => i.getAttribute('aria-label'))");
        var matrix = _parts.First(p => p.Kind == AnswerKind.Matrix);
        Assert.That(cells, Does.Contain($"row 1, column 2 of answer {matrix.Key}"));
        Assert.That(cells, Has.All.Match(@"^(row \d+, column \d+|entry \d+)( of slice [\d, ]+)? of answer \d+\.[a-z]+$"));
        // A text field is described by its hint and its two message places; a group by its hint.
        Assert.That(await page.EvaluateExpressionAsync<string>("document.getElementById('a0').getAttribute('aria-describedby')"), Is.EqualTo("a0-hint a0-problem a0-notice"));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.getElementById('a0-hint').textContent"), Is.EqualTo(AnswerText.ExpectedForm(_parts[0])));
        await page.CloseAsync();
    }

    [Test]
    public async Task A_malformed_answer_is_flagged_and_graded_as_a_format_error_for_that_part_only()
    {
        var wrong = _parts.Select((p, i) => (p, i)).First(x => x.p.Kind == AnswerKind.Integer).i;
        var downloads = Path.Combine(_work, "malformed");
        var (page, _) = await Open(downloads);
        for (var i = 0; i < _parts.Length; i++) await Enter(page, i, i == wrong ? FormAnswer.Typed("1,5") : FormAnswer.Right(_parts[i]));

        Assert.That(await page.EvaluateExpressionAsync<string>($"document.getElementById('a{wrong}').getAttribute('aria-invalid')"), Is.EqualTo("true"));
        Assert.That(await page.EvaluateExpressionAsync<string>($"document.getElementById('a{wrong}-problem').textContent"), Does.Contain("1,5"));
        Assert.That(await page.EvaluateExpressionAsync<string>($"document.getElementById('a{wrong}').getAttribute('aria-describedby')"), Does.Contain($"a{wrong}-problem"));
        Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('[aria-invalid=true]').length"), Is.EqualTo(1));
        var grade = Grade(await Save(page, downloads));

        Assert.That(grade.Parts.Select(p => $"{p.Key} {p.Status}"),
            Is.EqualTo(_parts.Select((p, i) => $"{p.Key} {(i == wrong ? PartStatus.FormatError : PartStatus.Correct)}")));
        await page.CloseAsync();
    }

    [Test]
    public async Task A_saved_sheet_loaded_into_a_fresh_form_restores_every_field()
    {
        var downloads = Path.Combine(_work, "load");
        var (page, _) = await Open(downloads);
        for (var i = 0; i < _parts.Length; i++) await Enter(page, i, FormAnswer.Right(_parts[i]));
        const string State = "Array.from(document.querySelectorAll('.field input')).map(i => i.type === 'text' ? i.value : String(i.checked)).join('|')";
        var typed = await page.EvaluateExpressionAsync<string>(State);
        var saved = await Save(page, downloads);
        await page.CloseAsync();

        var (fresh, _) = await Open(Path.Combine(_work, "load-again"));
        Assert.That(await fresh.EvaluateExpressionAsync<string>(State), Is.Not.EqualTo(typed), "a fresh form starts empty");
        await (await fresh.QuerySelectorAsync(".load input[type=file]")).UploadFileAsync(saved);
        await fresh.WaitForFunctionAsync("() => document.querySelector('.form-status').textContent !== ''");

        Assert.That(await fresh.EvaluateExpressionAsync<string>("document.querySelector('.form-status').textContent"), Does.StartWith("Loaded s1001.yaml"));
        Assert.That(await fresh.EvaluateExpressionAsync<string>(State), Is.EqualTo(typed));
        await fresh.CloseAsync();
    }

    [Test]
    public async Task Another_students_sheet_is_refused_and_changes_nothing()
    {
        var (page, _) = await Open(Path.Combine(_work, "refuse"));
        await Enter(page, 0, FormAnswer.Typed("12"));
        await (await page.QuerySelectorAsync(".load input[type=file]")).UploadFileAsync(Path.Combine(_work, "out", "answer-sheets", "s1002.yaml"));
        await page.WaitForFunctionAsync("() => document.querySelector('.form-status').textContent !== ''");

        Assert.That(await page.EvaluateExpressionAsync<string>("document.querySelector('.form-status').textContent"),
            Does.StartWith("Not loaded: s1002.yaml").And.Contain("s1002").And.EndWith("Nothing was changed."));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.getElementById('a0').value"), Is.EqualTo("12"));
        await page.CloseAsync();
    }
}
