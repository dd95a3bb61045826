using System.Runtime.Versioning;
using System.Security.Cryptography;
using DeepExam.Output;
using DeepExam.Runs;

namespace DeepExam.Tests.Runs;

/// <summary>
/// Real grader and generator processes killed at each named point of writing their output (the
/// failpoints), killed by SIGKILL and stopped by SIGTERM mid-run, two at once into one folder, and
/// refused by the machine: no complete-looking output is left, the next run cleans up and says so,
/// its output is byte-identical to an uninterrupted run's, and the machine's refusals are one line
/// and exit 1. Unix only: signals, kill and file modes.
/// </summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win")]
public class InterruptedRunTests
{
    private string _work = "";
    private static string Repo => TestPaths.Repository;

    // A class large enough that a run lasts a few seconds, so it can be stopped in the middle.
    private const int ClassSize = 4000;
    private static string _class = "";

    /// <summary>The simulated class, and the demo graded once without interruption (the reference).</summary>
    [OneTimeSetUp]
    public void SimulateAClass()
    {
        _class = Directory.CreateTempSubdirectory("deepexam-class-").FullName;
        File.WriteAllLines(Path.Combine(_class, "roster.csv"), ["id,name", .. Enumerable.Range(0, ClassSize).Select(i => $"u{i:D5},Student {i}")]);
        SubmissionSimulation.Run(DemoExam.Blueprint(Repo), Path.Combine(_class, "roster.csv"), DemoExam.Exercises(Repo), Path.Combine(_class, "submissions"), "s", force: false);
        var (exit, _, err) = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(DemoReference));
        Assert.That(exit, Is.EqualTo(3), err);
    }

    private static string DemoReference => Path.Combine(_class, "demo-reference");

    // The class graded once without interruption, made by the first test that needs it.
    private static readonly Lazy<string> ClassReference = new(() =>
    {
        var reference = Path.Combine(_class, "class-reference");
        var (exit, _, err) = ToolProcess.Run(ToolProcess.GraderDll, ClassGrade(reference));
        Assert.That(exit, Is.EqualTo(0), err);
        return reference;
    });

    [OneTimeTearDown]
    public void RemoveClass() => Directory.Delete(_class, recursive: true);

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-interrupted-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private static string[] DemoGrade(string output, params string[] extra) =>
        ["grade", "--blueprint", DemoExam.Blueprint(Repo), "--roster", DemoExam.Roster(Repo), "--submissions", DemoExam.Submissions(Repo),
         "--secret", DemoExam.Secret, "--no-pdf", "--out", output, .. extra];

    private static string[] ClassGrade(string output, params string[] extra) =>
        ["grade", "--blueprint", DemoExam.Blueprint(Repo), "--roster", Path.Combine(_class, "roster.csv"), "--submissions", Path.Combine(_class, "submissions"),
         "--secret", "s", "--no-pdf", "--out", output, .. extra];

    private static Dictionary<string, string?> Failing(string failpoint) => new() { [Failpoint.Variable] = failpoint };

    [TestCase("write:5", false)]
    [TestCase(Failpoint.BeforeCommit, false)]
    [TestCase("write:5", true)]
    [TestCase(Failpoint.BeforeCommit, true)]
    [TestCase(Failpoint.BetweenRenames, true)]
    [TestCase(Failpoint.RemovingOld, true)]
    public void A_grading_run_killed_at_a_failpoint_is_cleaned_up_by_the_next_run_whose_output_is_identical(string failpoint, bool replacing)
    {
        var reference = DemoReference;
        var output = Path.Combine(_work, "grades");
        if (replacing) WriteEarlierResults(output);
        var earlier = replacing ? Snapshot(output) : null;

        var killed = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(output, "--force"), Failing(failpoint));

        Assert.That(killed.Exit, Is.EqualTo(137), "killed by SIGKILL");
        if (failpoint == Failpoint.RemovingOld)
            Assert.That(Snapshot(output), Is.EqualTo(Snapshot(reference)), "killed after the commit: the new results are complete");
        else if (replacing)
            Assert.That(Directory.Exists(output) ? Snapshot(output) : null, Is.EqualTo(failpoint == Failpoint.BetweenRenames ? null : earlier),
                "the earlier results untouched, or moved aside whole");
        else
            Assert.That(Directory.Exists(output), Is.False, "no output that looks complete");
        Assert.That(Leftovers(), Is.Not.Empty, "SIGKILL leaves its staging or old folder for the next run");

        var next = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(output, "--force"));

        Assert.That(next.Exit, Is.EqualTo(3), next.Err);
        Assert.That(next.Out, Does.Contain("Note: "));
        Assert.That(Leftovers(), Is.Empty);
        Assert.That(Snapshot(output), Is.EqualTo(Snapshot(reference)));
    }

    [Test]
    public void A_generation_killed_before_its_commit_is_cleaned_up_by_the_next_generation()
    {
        string[] Generate(string output) => ["generate", "--blueprint", DemoExam.Blueprint(Repo), "--roster", DemoExam.Roster(Repo), "--secret", "s", "--out", output];
        var output = Path.Combine(_work, "exam");
        var killed = ToolProcess.Run(ToolProcess.GeneratorDll, Generate(output), Failing(Failpoint.BeforeCommit));
        Assert.That((killed.Exit, Directory.Exists(output), Leftovers().Count), Is.EqualTo((137, false, 1)));

        var next = ToolProcess.Run(ToolProcess.GeneratorDll, Generate(output));
        Assert.That(next.Exit, Is.EqualTo(0), next.Err);
        Assert.That(next.Out, Does.Contain("Note: removed .exam.staging-p"));
        Assert.That(Leftovers(), Is.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(output, "exams")), Has.Length.EqualTo(12));
    }

    [Test]
    public void A_run_killed_by_SIGKILL_in_the_middle_leaves_no_output_and_the_next_run_recovers()
    {
        var output = Path.Combine(_work, "grades");
        using (var run = ToolProcess.Start(ToolProcess.GraderDll, ClassGrade(output)))
        {
            WaitForFeedbackFiles(output, 200);
            run.Signal(9);
            Assert.That(run.Wait().Exit, Is.EqualTo(137));
        }
        Assert.That(Directory.Exists(output), Is.False);
        Assert.That(Leftovers(), Has.Count.EqualTo(1));

        var next = ToolProcess.Run(ToolProcess.GraderDll, ClassGrade(output));

        Assert.That(next.Exit, Is.EqualTo(0), next.Err);
        Assert.That(next.Out, Does.Contain("Note: removed .grades.staging-p"));
        Assert.That(Leftovers(), Is.Empty);
        Assert.That(Snapshot(output), Is.EqualTo(Snapshot(ClassReference.Value)));
    }

    [TestCase(15, 143, "SIGTERM")]
    [TestCase(2, 130, "SIGINT")]
    [TestCase(1, 129, "SIGHUP")]
    public void A_signal_stops_the_run_which_removes_its_staging_keeps_the_earlier_results_and_the_next_run_matches_an_uninterrupted_one(int signal, int exit, string name)
    {
        // A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored in children.
        if (signal == 2 && Ignored(signal)) Assert.Ignore("SIGINT is ignored in this test process (started in the background), and so in its children");
        var output = Path.Combine(_work, "grades");
        WriteEarlierResults(output);
        var earlier = Snapshot(output);
        (int Exit, string Out, string Err) stopped;
        using (var run = ToolProcess.Start(ToolProcess.GraderDll, ClassGrade(output, "--force")))
        {
            WaitForFeedbackFiles(output, 200);
            run.Signal(signal);
            stopped = run.Wait(timeoutSeconds: 30);
        }
        Assert.That(stopped.Exit, Is.EqualTo(exit), stopped.Err);
        Assert.That(stopped.Err, Does.Contain($"Stopped by {name}; nothing was written"));
        Assert.That(Leftovers(), Is.Empty, "the run removed its own staging folder");
        Assert.That(Snapshot(output), Is.EqualTo(earlier));

        var next = ToolProcess.Run(ToolProcess.GraderDll, ClassGrade(output, "--force"));
        Assert.That(next.Exit, Is.EqualTo(0), next.Err);
        Assert.That(Snapshot(output), Is.EqualTo(Snapshot(ClassReference.Value)));
    }

    [Test]
    public void Two_runs_into_one_output_never_both_succeed()
    {
        var output = Path.Combine(_work, "grades");
        using var first = ToolProcess.Start(ToolProcess.GraderDll, ClassGrade(output));
        WaitForFeedbackFiles(output, 50);
        var second = ToolProcess.Run(ToolProcess.GraderDll, ClassGrade(output, "--force"));
        var firstResult = first.Wait();

        Assert.That(second.Exit, Is.EqualTo(1));
        Assert.That(second.Err.Trim(), Does.Match(@"^error: another run is writing .*grades \(process \d+\); wait for it to finish, or choose another --out$"));
        Assert.That(firstResult.Exit, Is.EqualTo(0), firstResult.Err);
        Assert.That(Snapshot(output), Is.EqualTo(Snapshot(ClassReference.Value)), "the first run's output is whole and untouched by the second");
    }

    [Test]
    public void An_output_path_that_is_a_file_exits_1_with_one_line()
    {
        var file = Path.Combine(_work, "grades");
        File.WriteAllText(file, "not a folder");
        var (exit, _, err) = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(file, "--force"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(err, Does.Contain("the output path is a file, not a folder"));
        Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(File.ReadAllText(file), Is.EqualTo("not a folder"));
    }

    [Test]
    public void A_read_only_output_replaced_with_force_exits_1_with_one_line_and_stays_as_it_was()
    {
        if (!ToolProcess.CanDropPrivileges) Assert.Ignore("runs as root without setpriv: permissions cannot be denied");
        var output = Path.Combine(_work, "grades");
        WriteEarlierResults(output);
        var earlier = Snapshot(output);
        GiveToNobody(_work);
        File.SetUnixFileMode(Path.Combine(output, "feedback"), UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (exit, _, err) = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(output, "--force"), asNobody: true);

        Assert.That(exit, Is.EqualTo(1), err);
        Assert.That(err.Trim(), Is.EqualTo($"error: cannot replace {output}: {Path.Combine(output, "feedback")} is read-only to this user (its earlier results could not be removed); nothing was written"));
        File.SetUnixFileMode(Path.Combine(output, "feedback"), (UnixFileMode)0b111_101_101);
        Assert.That(Snapshot(output), Is.EqualTo(earlier));
        Assert.That(Leftovers(), Is.Empty);
    }

    [Test]
    public void An_unwritable_parent_folder_exits_1_with_one_line()
    {
        if (!ToolProcess.CanDropPrivileges) Assert.Ignore("runs as root without setpriv: permissions cannot be denied");
        var parent = Path.Combine(_work, "locked");
        Directory.CreateDirectory(parent);
        GiveToNobody(_work);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var (exit, _, err) = ToolProcess.Run(ToolProcess.GraderDll, DemoGrade(Path.Combine(parent, "grades")), asNobody: true);

        Assert.That(exit, Is.EqualTo(1), err);
        Assert.That(err.Trim(), Does.StartWith($"error: cannot create the lock file {Path.Combine(parent, ".grades.lock")}"));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    /// <summary>A finished grading run of other submissions in <paramref name="output"/>, to be replaced.</summary>
    private static void WriteEarlierResults(string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "feedback"));
        File.WriteAllText(Path.Combine(output, "grades.csv"), "earlier results\n");
        File.WriteAllText(Path.Combine(output, "feedback", "s1001.yaml"), "earlier feedback\n");
    }

    // The failpoint and signal tests need the run to be in the middle of writing.
    private static void WaitForFeedbackFiles(string output, int count)
    {
        var parent = Path.GetDirectoryName(output)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var staging = Directory.GetDirectories(parent, $".{Path.GetFileName(output)}.staging-*").FirstOrDefault();
            var feedback = staging is null ? null : Path.Combine(staging, "feedback");
            try
            {
                if (feedback is not null && Directory.Exists(feedback) && Directory.EnumerateFiles(feedback).Take(count).Count() == count) return;
            }
            catch (DirectoryNotFoundException)
            {
                // The run moved its staging folder into place meanwhile.
            }
            Thread.Sleep(20);
        }
        Assert.Fail($"the run did not write {count} feedback files within 60 s");
    }

    private static bool Ignored(int signal) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;

    private static void GiveToNobody(string folder)
    {
        if (!ToolProcess.IsRoot) return;
        using var chown = System.Diagnostics.Process.Start("chown", ["-R", "65534:65534", folder])!;
        chown.WaitForExit();
    }

    private List<string> Leftovers() =>
        [.. Directory.GetFileSystemEntries(_work).Select(Path.GetFileName).OfType<string>()
            .Where(n => n.StartsWith('.') && !n.EndsWith(".lock", StringComparison.Ordinal))];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
