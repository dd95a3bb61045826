namespace DeepExam.Tests.Runs;

/// <summary>The real executable: exit codes and what it prints, as an instructor sees them.</summary>
public class GeneratorCommandLineTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-cli-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolProcess.Run(ToolProcess.GeneratorDll, args);

    private string[] Generate(string exercises, string roster, params string[] extra) =>
        ["generate", "--blueprint", Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), "--roster", roster,
         "--exercises", exercises, "--out", Path.Combine(_work, "out"), .. extra];

    [Test]
    public void Export_writes_a_moodle_bank_and_says_what_it_wrote()
    {
        var (exit, output, err) = Run("export", "--template", "relu-forward-backward,pooling-small-matrix", "--variants", "2", "--secret", "s",
            "--exercises", Path.Combine(TestPaths.Repository, "exercises"), "--out", Path.Combine(_work, "bank"));
        Assert.That((exit, err), Is.EqualTo((0, "")));
        Assert.That(output, Does.Contain("a moodle question bank of 'question-bank', 2 exercises, 4 of 4 variants, 3 files"));
        Assert.That(Directory.GetFiles(Path.Combine(_work, "bank", "moodle")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "1-relu-forward-backward.xml", "2-pooling-small-matrix.xml" }));
    }

    [Test]
    public void Export_refuses_an_unknown_math_mode_before_writing_anything()
    {
        var (exit, _, err) = Run("export", "--template", "relu-forward-backward", "--math", "latex", "--secret", "s", "--out", Path.Combine(_work, "bank"));
        Assert.That((exit, err.Contains("latex", StringComparison.Ordinal), Directory.Exists(Path.Combine(_work, "bank"))), Is.EqualTo((1, true, false)));
    }

    [Test]
    public void A_broken_template_fails_with_file_line_and_column_and_writes_nothing()
    {
        var exercises = Path.Combine(_work, "exercises");
        Directory.CreateDirectory(exercises);
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Repository, "exercises"))) File.Copy(f, Path.Combine(exercises, Path.GetFileName(f)));
        var broken = Path.Combine(exercises, "feature-map-chain.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("answer: pool_out(b, Q)", "answer: pool_outt(b, Q)"));

        var (exit, _, err) = Run(Generate(exercises, Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"), "--secret", "s"));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Match(@"feature-map-chain\.yaml:\d+:13: error DX1405: \[feature-map-chain\] answer: unknown function 'pool_outt' \(did you mean 'pool_out'\?\)"));
        Assert.That(err, Does.Contain("nothing was written"));
        Assert.That(Directory.GetFileSystemEntries(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "exercises" }));
    }

    [Test]
    public void Formats_selects_the_outputs_and_the_summary_lists_only_theirs()
    {
        var (exit, output, err) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"),
            "--secret", "s", "--formats", "exams,class-key"));
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("12 students, 14 files").And.Contain("exams/<student>.pdf").And.Contain("key.csv"));
        Assert.That(output, Does.Not.Contain("key.pdf").And.Not.Contain("solutions/"));
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(_work, "out")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "exams", "exercise-versions.yaml", "key.csv" }));
    }

    [Test]
    public void An_unknown_format_fails_with_a_suggestion_and_writes_nothing()
    {
        var (exit, _, err) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"),
            "--secret", "s", "--formats", "exam"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("--formats: no format 'exam' (did you mean 'exams'?); the formats are exams, solutions, keys, answer-sheets, answer-forms, class-key, instructor-key, html"));
        Assert.That(Directory.Exists(Path.Combine(_work, "out")), Is.False);
    }

    [Test]
    public void A_roster_with_duplicate_ids_fails_with_its_line()
    {
        var roster = Path.Combine(_work, "roster.csv");
        File.WriteAllText(roster, "id,name\na,A\nb,B\na,C\n");
        var (exit, _, err) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), roster, "--secret", "s"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("roster.csv:4:1: error DX2106: student id 'a' appears twice (first on line 2)"));
    }

    [Test]
    public void Generate_needs_a_secret()
    {
        var (exit, _, err) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv")));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("a secret is needed: pass --secret or set DEEPEXAM_SECRET"));
    }

    [Test]
    public void Generate_succeeds_and_says_where_it_wrote_what()
    {
        var (exit, output, _) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"), "--secret", "s"));
        Assert.That(exit, Is.EqualTo(0));
        // The count is the default formats' files for 12 students, and the template versions.
        var files = DeepExam.Formats.OutputFormats.Default.SelectMany(f => f.Files).Sum(f => f.Count(12)) + 1;
        Assert.That(output, Does.Contain($"12 students, {files} files").And.Contain("answer-sheets/<student>.yaml").And.Contain("answer-forms/<student>.html").And.Contain("key.pdf"));
        Assert.That(File.Exists(Path.Combine(_work, "out", "key.csv")), Is.True);
        Assert.That(File.Exists(Path.Combine(_work, "out", "key.pdf")), Is.True);
    }

    [Test]
    public void Generate_into_a_log_shows_progress_as_plain_lines_then_the_summary()
    {
        var (exit, output, _) = Run(Generate(Path.Combine(TestPaths.Repository, "exercises"), Path.Combine(TestPaths.Repository, "templates", "demo-roster.csv"), "--secret", "s"));
        Assert.That(exit, Is.EqualTo(0));
        var lines = output.Split('\n');
        var progress = lines.Where(l => l.StartsWith("generated ", StringComparison.Ordinal)).ToList();
        Assert.That(progress, Has.Count.InRange(2, 10), "about one line per tenth of the class");
        Assert.That(progress[^1], Is.EqualTo("generated 12/12 students"));
        Assert.That(output, Does.Not.Contain("\u001b["), "no terminal control codes in a log");
        Assert.That(Array.IndexOf(lines, progress[^1]), Is.LessThan(Array.FindIndex(lines, l => l.StartsWith("Wrote", StringComparison.Ordinal))));
    }

    [Test]
    public void Preview_writes_the_pdf_and_says_where()
    {
        var pdf = Path.Combine(_work, "preview.pdf");
        var (exit, output, _) = Run("preview", "conv-layer-volume", "--seed", "4", "--out", pdf);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("conv-layer-volume, seed 4").And.Contain("preview.pdf"));
        Assert.That(File.ReadAllBytes(pdf)[..5], Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void Preview_of_a_broken_template_fails_like_validate_with_file_and_line()
    {
        var broken = Path.Combine(_work, "broken.yaml");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(TestPaths.Repository, "exercises", "feature-map-chain.yaml")).Replace("answer: pool_out(b, Q)", "answer: pool_outt(b, Q)"));
        var (exit, _, err) = Run("preview", broken, "--out", Path.Combine(_work, "x.pdf"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Match(@"broken\.yaml:\d+:13: error DX1405: \[feature-map-chain\] answer: unknown function 'pool_outt'"));
        Assert.That(File.Exists(Path.Combine(_work, "x.pdf")), Is.False);
    }

    [Test]
    public void Validate_reports_each_template_and_passes_on_the_bundled_ones()
    {
        var (exit, output, _) = Run("validate", "--samples", "50");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("ok   conv-layer-volume").And.Contain("templates passed"));
    }

    [Test]
    public void Validate_with_a_blueprint_prints_each_slots_shares_and_validates_only_its_exercises()
    {
        var (exit, output, _) = Run("validate", "--blueprint", Path.Combine(TestPaths.Repository, "templates", "cv-final-exam.yaml"), "--samples", "5");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("slot 2 fc-flattened-image: 8 points = 3.5 + 3 + 1.5 (in steps of 1/2)"));
        Assert.That(output, Does.Contain("slot 2 fc-as-conv: 8 points = 2 + 2 + 1 + 2 + 1 (as written)"));
        Assert.That(output, Does.Not.Contain("depthwise-separable-conv"), "an exercise the exam does not use");
        Assert.That(output, Does.Contain("ok   mlp-sigmoid-backprop"));
    }
}
