using System.Diagnostics;
using System.Runtime.InteropServices;
using DeepExam.Grading;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using DeepExam.Runs;

namespace DeepExam.Tests.Grading;

/// <summary>Whole grading runs over <see cref="HostileFolder"/>: in this process, and as the real executable for its memory and for permissions.</summary>
public class GradingRunHostileFolderTests
{
    private string _work = "";
    private HostileFolder _hostile = null!;
    private static string Repo => TestPaths.Repository;

    [SetUp]
    public void CreateHostileFolder()
    {
        _work = Directory.CreateTempSubdirectory("deepexam-hostile-").FullName;
        _hostile = HostileFolder.Create(_work);
    }

    [TearDown]
    public void RemoveWorkFolder() => HostileFolder.Remove(_work);

    private GradingRequest Request(string submissions) => new(
        DemoExam.Blueprint(Repo), DemoExam.Roster(Repo), DemoExam.Exercises(Repo), submissions, Path.Combine(_work, "grades"), DemoExam.Secret, false, FeedbackPdfs: false);

    [Test]
    public void Every_student_gets_a_row_every_entry_a_line_and_nothing_is_changed_or_followed()
    {
        var before = _hostile.Snapshot();
        var run = Task.Run(() => GradingRun.Run(Request(_hostile.Submissions)));
        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the run did not end within 60 s");
        var outcome = run.Result;

        Assert.That(_hostile.Snapshot(), Is.EqualTo(before), "nothing under the submissions or behind a link changed");
        var g = outcome.Grades.ToDictionary(x => x.Student.Id);
        Assert.That(outcome.Grades.Select(x => x.Student.Id), Is.EqualTo(Enumerable.Range(1001, 12).Select(i => $"s{i}")));
        Assert.That((g["s1001"].File, g["s1001"].Total), Is.EqualTo(("s1001.yaml", g["s1001"].Max)), "read once, not again through inside.yaml");
        Assert.That(g["s1002"].File, Is.EqualTo("S1002.YAML"));
        Assert.That(g["s1003"].File, Is.EqualTo(HostileFolder.InvalidUtf8Name), "matched by its student field");
        Assert.That(g["s1003"].Parts.Count(p => p.Status == PartStatus.CarriedForward), Is.GreaterThanOrEqualTo(1), "graded as the demo's s1003");
        Assert.That((g["s1004"].File, g["s1004"].Total), Is.EqualTo(("sub/s1004.Yml", g["s1004"].Max)));
        Assert.That(g["s1005"].File, Is.EqualTo(".hidden.yaml"));
        Assert.That(g["s1009"].Parts.Single(p => p.Key == "1.b").Status, Is.Not.EqualTo(PartStatus.Unanswered), "a sheet exactly at the size limit is read");
        Assert.That(g["s1010"].Status, Is.EqualTo(SubmissionStatus.Unreadable));
        foreach (var id in new[] { "s1006", "s1007", "s1008", "s1011", "s1012" })
            Assert.That(g[id].Status, Is.EqualTo(SubmissionStatus.Missing), id);

        var report = File.ReadAllText(Path.Combine(_work, "grades", "report.csv"));
        foreach (var line in new[]
        {
            "fifo.yaml,,not-a-regular-file: a named pipe (FIFO); not read",
            "pipe,,not-a-regular-file: a named pipe (FIFO); not read",
            "socket.yaml,,not-a-regular-file: a socket; not read",
            "zero.yaml,,symlink-not-followed: a symbolic link to /dev/zero; links are never followed",
            "urandom.yaml,,symlink-not-followed: a symbolic link to /dev/urandom; links are never followed",
            "s1007.yaml,,symlink-not-followed: a symbolic link to ../outside/s1007.yaml; links are never followed",
            "outdir,,symlink-not-followed: a symbolic link to ../outside/dir; links are never followed",
            "inside.yaml,,symlink-not-followed: a symbolic link to s1001.yaml; links are never followed",
            "loop,,symlink-not-followed: a symbolic link to .; links are never followed",
            "sub/up,,symlink-not-followed: a symbolic link to ..; links are never followed",
            "notes.txt,,not an answer file (answer files end in .yaml); skipped",
            ".DS_Store,,not an answer file (answer files end in .yaml); skipped",
            HostileFolder.TooDeep + ",,too-deep: folders nested more than 32 levels deep are not read",
            "._s1006.yaml,,\"the file is not a text file (it contains NUL bytes); its name is no student's id, so no student could be credited\"",
            "big.yaml,,\"the file is 104,857,600 bytes; an answer file is at most 1,048,576 bytes; its name is no student's id, so no student could be credited\"",
            "s1010.yaml,s1010,\"the file is 1,048,577 bytes; an answer file is at most 1,048,576 bytes\"",
            HostileFolder.InvalidUtf8Name + ",s1003,unknown key 'submitted' ignored",
        })
            Assert.That(report, Does.Contain("\n" + line), line);
        Assert.That(report.Split('\n').Count(l => l.StartsWith("loop,", StringComparison.Ordinal)), Is.EqualTo(1), "a loop is one line");
        Assert.That(File.ReadAllLines(Path.Combine(_work, "grades", "grades.csv")).Single(l => l.StartsWith("s1003,", StringComparison.Ordinal)), Does.EndWith("," + HostileFolder.InvalidUtf8Name));
    }

    /// <summary>The real executable over the hostile folder: it ends, says something needs attention, and never holds 1 GiB.</summary>
    [Test]
    public void The_grader_over_a_hostile_folder_ends_in_time_within_1_GiB()
    {
        Assume.That(MaxChildResidentKiB(), Is.LessThan(1024 * 1024), "an earlier child of this process already used 1 GiB");
        var (exit, output) = Grader(_hostile.Submissions, Path.Combine(_work, "grades"));
        var peak = MaxChildResidentKiB();
        TestContext.Out.WriteLine($"peak resident memory of the grader: {peak / 1024} MiB");
        Assert.That(exit, Is.EqualTo(GraderCli.NeedsAttention), output);
        Assert.That(peak, Is.LessThan(1024 * 1024), "KiB");
    }

    /// <summary>
    /// Permission checks mean nothing to root, so as root the grader runs as nobody (setpriv); the
    /// folders it must read are made readable to all, the locked ones not.
    /// </summary>
    [Test]
    public void An_unreadable_folder_and_an_unreadable_file_are_reported()
    {
        var submissions = Directory.CreateDirectory(Path.Combine(_work, "locked-test")).FullName;
        HostileFolder.Shell(submissions, """
            set -eu
            cp "$1/s1001.yaml" s1001.yaml
            mkdir locked && cp "$1/s1002.yaml" locked/s1002.yaml && chmod 000 locked
            cp "$1/s1003.yaml" s1003.yaml && chmod 000 s1003.yaml
            """, DemoExam.Submissions(Repo));
        var output = Path.Combine(_work, "out");
        Directory.CreateDirectory(output);
        if (ToolProcess.IsRoot)
        {
            HostileFolder.Shell(_work, "chmod 755 . && chmod 777 out");
            if (!CanRun(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", ToolProcess.GraderDll]))
                Assert.Ignore("running as root, and the grader cannot be run as nobody (setpriv missing, or nobody cannot read the grader)");
        }

        var (exit, text) = Grader(submissions, Path.Combine(output, "grades"), asNobody: true);

        Assert.That(exit, Is.EqualTo(GraderCli.NeedsAttention), text);
        var report = File.ReadAllText(Path.Combine(output, "grades", "report.csv"));
        Assert.That(report, Does.Contain("\nlocked,,folder-not-read: Permission denied; nothing in it was read\n"));
        Assert.That(report, Does.Contain("\ns1003.yaml,s1003,the file could not be read: Permission denied\n"));
        Assert.That(report, Does.Contain("\n,s1002,no submission\n"));
    }

    private static bool CanRun(string[] command)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command[0], command[1..]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Exit, string Output) Grader(string submissions, string output, bool asNobody = false)
    {
        var (exit, stdout, stderr) = ToolProcess.Run(ToolProcess.GraderDll, ["grade", "--blueprint", DemoExam.Blueprint(Repo), "--roster", DemoExam.Roster(Repo),
            "--exercises", DemoExam.Exercises(Repo), "--submissions", submissions, "--out", output, "--secret", DemoExam.Secret, "--no-pdf"],
            asNobody: asNobody, timeoutSeconds: 60);
        return (exit, stdout + stderr);
    }

    // The largest resident set of any child this process has waited for, in KiB (getrusage, RUSAGE_CHILDREN).
    private static long MaxChildResidentKiB() => GetRUsage(-1, out var usage) == 0 ? usage.MaxResidentKiB : throw new InvalidOperationException("getrusage failed");

    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResidentKiB;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);
}
