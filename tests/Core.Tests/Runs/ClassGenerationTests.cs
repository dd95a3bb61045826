using DeepExam.Diagnostics;
using DeepExam.Runs;

namespace DeepExam.Tests.Runs;

public class ClassGenerationTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    internal static string Repo => TestPaths.Repository;

    private GenerationRequest Demo(string output, bool force = false, string? roster = null, string? exercises = null) => new(
        Path.Combine(Repo, "templates", "demo-exam.yaml"),
        roster ?? Path.Combine(Repo, "templates", "demo-roster.csv"),
        exercises ?? Path.Combine(Repo, "exercises"),
        Path.Combine(_work, output), "test-secret", force);

    [Test]
    public void Writes_a_key_and_an_answer_sheet_per_student_and_a_class_key()
    {
        var summary = ClassGeneration.Run(Demo("out"));
        var root = Path.Combine(_work, "out");
        Assert.That(summary.Students, Is.EqualTo(12));
        Assert.That(Directory.GetFiles(Path.Combine(root, "keys")).Length, Is.EqualTo(12));
        Assert.That(Directory.GetFiles(Path.Combine(root, "answer-sheets")).Length, Is.EqualTo(12));
        Assert.That(Directory.GetFiles(Path.Combine(root, "exams"), "*.pdf").Length, Is.EqualTo(12));
        Assert.That(Directory.GetFiles(Path.Combine(root, "solutions"), "*.pdf").Length, Is.EqualTo(12));
        Assert.That(File.ReadAllBytes(Path.Combine(root, "exams", "s1001.pdf"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(File.ReadAllBytes(Path.Combine(root, "key.pdf"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        // What the default formats say they write, for the roster's twelve students s1001..s1012, and the template versions.
        var students = Enumerable.Range(1001, 12).Select(n => $"s{n}").ToList();
        var expected = DeepExam.Formats.OutputFormats.Default.SelectMany(f => f.Files)
            .SelectMany(f => f.PerStudent ? students.Select(s => f.Path.Replace("<student>", s, StringComparison.Ordinal)) : [f.Path])
            .Append("exercise-versions.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.That(expected, Does.Contain("answer-forms/s1001.html").And.Contain("exams/s1012.pdf").And.Contain("key.csv"));
        var written = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList();
        Assert.That(written, Is.EqualTo(expected));
        Assert.That(summary.Files, Is.EqualTo(written.Count), "the summary counts the files that are there");
        var csv = File.ReadAllLines(Path.Combine(root, "key.csv"));
        Assert.That(csv[0], Is.EqualTo("student_id,name,check,slot,exercise,part,kind,points,answer"));
        Assert.That(csv.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Has.Exactly(12).Items);
        var sheet = File.ReadAllText(Path.Combine(root, "answer-sheets", "s1001.yaml"));
        Assert.That(sheet, Does.Contain("student: \"s1001\"").And.Contain("\"1.a\":").And.Contain("a shape [H, W, C]"));
        Assert.That(Directory.GetDirectories(_work), Has.Length.EqualTo(1), "no staging folder is left behind");
    }

    [Test]
    public void Writes_only_the_selected_formats_with_the_same_bytes_as_a_run_of_all()
    {
        var summary = ClassGeneration.Run(Demo("some") with { Formats = ["keys", "instructor-key"] });
        ClassGeneration.Run(Demo("all"));
        var some = Snapshot("some");
        Assert.That(some.Keys.Order(), Is.EqualTo(new[] { "exercise-versions.yaml", "key.pdf" }.Concat(Enumerable.Range(1, 12).Select(i => Path.Combine("keys", $"s{1000 + i}.yaml")))));
        Assert.That(summary.Files, Is.EqualTo(14), "the template versions are written whatever the formats");
        Assert.That(summary.Outputs.Select(o => o.Path), Is.EqualTo(new[] { "keys/<student>.yaml", "key.pdf", "exercise-versions.yaml" }));
        var all = Snapshot("all");
        foreach (var (file, hash) in some) Assert.That(hash, Is.EqualTo(all[file]), file);
    }

    [Test]
    public void Reports_progress_in_roster_order_up_to_the_whole_class()
    {
        var reports = new RecordingProgress();
        ClassGeneration.Run(Demo("out"), reports);
        Assert.That(reports.Seen.Select(r => r.Done), Is.Ordered.Ascending.And.Unique);
        Assert.That(reports.Seen[^1], Is.EqualTo(new GenerationProgress(12, 12)));
        Assert.That(reports.Seen.Select(r => r.Total), Is.All.EqualTo(12));
    }

    /// <summary>Keeps every report, as they come (from one thread: generation reports from the thread that writes the class key).</summary>
    private sealed class RecordingProgress : IProgress<GenerationProgress>
    {
        public List<GenerationProgress> Seen { get; } = [];
        public void Report(GenerationProgress value) => Seen.Add(value);
    }

    [Test]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        ClassGeneration.Run(Demo("invariant"));
        foreach (var culture in new[] { "de-DE", "tr-TR" })
        {
            InCulture.Run(culture, () => ClassGeneration.Run(Demo(culture)));
            Assert.That(Snapshot(culture), Is.EqualTo(Snapshot("invariant")), culture);
            Assert.That(Snapshot(culture).Keys, Does.Contain("key.pdf").And.Contain("key.csv"));
        }
    }

    [Test]
    public void Refuses_to_replace_earlier_output_without_force()
    {
        ClassGeneration.Run(Demo("out"));
        var marker = Path.Combine(_work, "out", "marker.txt");
        File.WriteAllText(marker, "earlier run");
        var ex = Assert.Throws<InputException>(() => ClassGeneration.Run(Demo("out")));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputFolderExists }));
        Assert.That(File.Exists(marker), Is.True);

        ClassGeneration.Run(Demo("out", force: true));
        Assert.That(File.Exists(marker), Is.False);
    }

    [Test]
    public void A_failing_run_leaves_no_output_and_keeps_the_earlier_one()
    {
        ClassGeneration.Run(Demo("out"));
        var before = Snapshot("out");
        var roster = Path.Combine(_work, "bad.csv");
        File.WriteAllText(roster, "id,name\ns1,A\ns1,B\n");
        var ex = Assert.Throws<InputException>(() => ClassGeneration.Run(Demo("out", force: true, roster: roster)));
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.Contain("bad.csv:3:1: error DX2106: student id 's1' appears twice"));
        Assert.That(Snapshot("out"), Is.EqualTo(before));
        Assert.That(Directory.GetDirectories(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "out" }));
    }

    [Test]
    public void Refuses_an_output_folder_inside_the_inputs()
    {
        var exercises = Path.Combine(_work, "exercises");
        Directory.CreateDirectory(exercises);
        foreach (var f in Directory.GetFiles(Path.Combine(Repo, "exercises"))) File.Copy(f, Path.Combine(exercises, Path.GetFileName(f)));
        var request = Demo("x", exercises: exercises) with { OutputFolder = Path.Combine(exercises, "out") };
        var ex = Assert.Throws<InputException>(() => ClassGeneration.Run(request));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputOverlapsInput }));
        Assert.That(Directory.Exists(Path.Combine(exercises, "out")), Is.False);
    }

    [Test]
    public void A_template_no_draw_of_which_meets_its_constraints_is_reported_once_not_once_per_student()
    {
        var exercises = Path.Combine(_work, "exercises");
        Directory.CreateDirectory(exercises);
        File.WriteAllText(Path.Combine(exercises, "never.yaml"), """
            schema: 2
            id: never
            title: Never
            parameters: { a: { int: [1, 5] } }
            constraints: [ "a > 10" ]
            parts: [ { id: p, prompt: x, kind: integer, answer: a, points: 1 } ]
            """);
        var blueprint = Path.Combine(_work, "never-exam.yaml");
        File.WriteAllText(blueprint, "schema: 1\nid: never-exam\ntitle: Never\nexercises:\n  - exercise: never\n");
        var request = Demo("out", exercises: exercises) with { BlueprintPath = blueprint };
        var ex = Assert.Throws<InputException>(() => ClassGeneration.Run(request));
        Assert.That(ex!.Diagnostics.Select(d => (d.Code, d.Subject)), Is.EqualTo(new[] { (DiagnosticCodes.ConstraintsNeverMet, (string?)"never") }));
    }

    private Dictionary<string, string> Snapshot(string folder)
    {
        var root = Path.Combine(_work, folder);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }
}
