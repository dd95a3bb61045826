using System.Diagnostics;
using System.Security.Cryptography;
using DeepExam.Diagnostics;
using DeepExam.Output;

namespace DeepExam.Tests.Output;

/// <summary>
/// The output folder's guarantees, in one process: no path form lets it touch an input, one run at a
/// time, what interrupted runs left is settled, and a replaced folder leaves nothing behind.
/// (Killed and signalled runs are in <see cref="Runs.InterruptedRunTests"/>.)
/// </summary>
public class OutputFolderTests
{
    private string _work = "";

    /// <summary>
    /// work/real/handed-in/s1.yaml and work/real/roster.csv are the inputs; work/link leads to work/real,
    /// work/chain to work/link, work/real/in-link to work/real/handed-in, work/roster-link to the roster.
    /// </summary>
    [SetUp]
    public void CreateInputs()
    {
        _work = RealPath.Resolve(Directory.CreateTempSubdirectory("deepexam-output-").FullName);
        Directory.CreateDirectory(Path.Combine(_work, "real", "handed-in"));
        File.WriteAllText(Path.Combine(_work, "real", "handed-in", "s1.yaml"), "student: s1\n");
        File.WriteAllText(Path.Combine(_work, "real", "roster.csv"), "id,name\ns1,A\n");
        Directory.CreateSymbolicLink(Path.Combine(_work, "link"), Path.Combine(_work, "real"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "chain"), "link");
        Directory.CreateSymbolicLink(Path.Combine(_work, "real", "in-link"), "handed-in");
        File.CreateSymbolicLink(Path.Combine(_work, "roster-link"), Path.Combine(_work, "real", "roster.csv"));
    }

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    public sealed record Overlap(string Out, string Input, string Why)
    {
        public override string ToString() => $"--out {Out} with input {Input}: {Why}";
    }

    private static IEnumerable<Overlap> Overlaps() =>
    [
        new("real", "link/handed-in", "the reported case: the submissions reached through a link to the output"),
        new("link", "real/handed-in", "the output is a link to a folder holding the input"),
        new("chain", "real/handed-in", "two links in a row"),
        new("link/", "real/handed-in", "a trailing slash"),
        new("link//.", "real/handed-in/", "doubled slashes and a dot"),
        new("real/handed-in/x/..", "real/handed-in", "a .. back into the input"),
        new("link/handed-in/../", "real/handed-in", "a .. after a link"),
        new("real/handed-in", "link/handed-in", "the same folder by two paths"),
        new("real/in-link", "real/handed-in", "a link inside the parent to the input"),
        new("link/in-link/grades", "real/handed-in", "inside the input through two links"),
        new("real/handed-in/grades", "real/handed-in", "inside the input"),
        new("link", "roster-link", "the output holds a file input reached through a link"),
        new("@relative:link", "real/handed-in", "a relative path"),
        new("real", "@relative:chain/handed-in", "a relative input"),
    ];

    [TestCaseSource(nameof(Overlaps))]
    public void Overlap_with_an_input_is_refused_before_anything_is_written_whatever_the_path_form(Overlap overlap)
    {
        var before = Snapshot();
        var ex = Assert.Throws<InputException>(() => OutputFolder.Create(PathOf(overlap.Out), force: true, [PathOf(overlap.Input)]).Dispose());
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputOverlapsInput }));
        Assert.That(Snapshot(), Is.EqualTo(before), "nothing created, moved or removed");
    }

    [TestCase("real/grades")]
    [TestCase("real/handed-in-grades", Description = "a name that merely starts with the input's")]
    [TestCase("link/grades")]
    public void An_output_beside_the_inputs_is_accepted(string output)
    {
        using (var folder = OutputFolder.Create(PathOf(output), force: false, [PathOf("real/handed-in"), PathOf("roster-link")]))
        {
            folder.WriteFile("a/b.txt", "x");
            folder.Commit();
        }
        Assert.That(File.ReadAllText(Path.Combine(_work, output, "a", "b.txt")), Is.EqualTo("x"));
    }

    [Test]
    public void A_symbolic_link_as_the_output_is_refused_even_with_force()
    {
        Directory.CreateDirectory(Path.Combine(_work, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "out-link"), Path.Combine(_work, "elsewhere"));
        var ex = Assert.Throws<InputException>(() => OutputFolder.Create(PathOf("out-link"), force: true, [PathOf("real/handed-in")]));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputFolderIsLink }));
    }

    [Test]
    public void An_output_path_that_is_a_file_is_refused_even_with_force()
    {
        var ex = Assert.Throws<InputException>(() => OutputFolder.Create(PathOf("real/roster.csv"), force: true, [PathOf("real/handed-in")]));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputPathIsFile }));
        Assert.That(File.ReadAllText(PathOf("real/roster.csv")), Is.EqualTo("id,name\ns1,A\n"));
    }

    [Test]
    public void The_root_folder_is_refused_as_an_output() =>
        Assert.That(() => OutputFolder.Create("/", force: true, []), Throws.InstanceOf<InputException>().With.Message.Contains("root"));

    [Test]
    public void A_second_run_into_a_folder_being_written_fails_with_a_clear_message_and_the_first_goes_on()
    {
        var target = PathOf("grades");
        using var first = OutputFolder.Create(target, force: false, []);
        var ex = Assert.Throws<EnvironmentException>(() => OutputFolder.Create(target, force: true, []));
        Assert.That(ex!.Message, Does.Contain($"another run is writing {target} (process {Environment.ProcessId}); wait for it to finish, or choose another --out"));
        first.WriteFile("grades.csv", "one");
        first.Commit();
        Assert.That(File.ReadAllText(Path.Combine(target, "grades.csv")), Is.EqualTo("one"));
    }

    [Test]
    public void The_lock_is_released_when_the_run_ends_so_the_next_run_may_replace_it()
    {
        var target = PathOf("grades");
        using (var first = OutputFolder.Create(target, force: false, [])) { first.WriteFile("f", "1"); first.Commit(); }
        using (var second = OutputFolder.Create(target, force: true, [])) { second.WriteFile("f", "2"); second.Commit(); }
        Assert.That(File.ReadAllText(Path.Combine(target, "f")), Is.EqualTo("2"));
    }

    [Test]
    public void Replacing_leaves_only_the_new_results_and_the_lock_file_beside_them()
    {
        var target = PathOf("grades");
        using (var first = OutputFolder.Create(target, force: false, [])) { first.WriteFile("old.txt", "1"); first.Commit(); }
        using (var second = OutputFolder.Create(target, force: true, []))
        {
            Assert.That(second.Replaces, Is.True);
            second.WriteFile("new.txt", "2");
            second.Commit();
        }
        Assert.That(Directory.GetFileSystemEntries(_work).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { ".grades.lock", "chain", "grades", "link", "real", "roster-link" }));
        Assert.That(Directory.GetFiles(target).Select(Path.GetFileName), Is.EqualTo(new[] { "new.txt" }));
    }

    [Test]
    public void A_run_that_fails_before_committing_leaves_nothing_and_keeps_the_earlier_results()
    {
        var target = PathOf("grades");
        using (var first = OutputFolder.Create(target, force: false, [])) { first.WriteFile("f", "1"); first.Commit(); }
        using (var failed = OutputFolder.Create(target, force: true, [])) failed.WriteFile("f", "2");
        Assert.That(File.ReadAllText(Path.Combine(target, "f")), Is.EqualTo("1"));
        Assert.That(Directory.GetDirectories(_work, ".grades.*"), Is.Empty);
    }

    [Test]
    public void A_cancelled_run_stops_at_its_next_file()
    {
        using var cancel = new CancellationTokenSource();
        using var folder = OutputFolder.Create(PathOf("grades"), force: false, [], cancel.Token);
        folder.WriteFile("a", "1");
        cancel.Cancel();
        Assert.That(() => folder.WriteFile("b", "2"), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => folder.Commit(), Throws.InstanceOf<OperationCanceledException>());
    }

    // A process id above Linux's largest possible one (2^22): its folders belong to no running process.
    private static readonly RunOwner Dead = new(99_999_999, 12345, 1);

    private string Leftover(string kind, RunOwner owner, string file = "f")
    {
        var path = OutputLeftovers.PathOf(PathOf("grades"), kind, owner);
        Directory.CreateDirectory(Path.Combine(path, "feedback"));
        File.WriteAllText(Path.Combine(path, "feedback", file), kind);
        return path;
    }

    [Test]
    public void The_staging_folder_of_a_killed_run_is_removed_by_the_next_run_which_says_so()
    {
        var staging = Leftover(OutputLeftovers.Staging, Dead);
        using var folder = OutputFolder.Create(PathOf("grades"), force: false, []);
        Assert.That(Directory.Exists(staging), Is.False);
        Assert.That(folder.Notices, Is.EqualTo(new[] { $"removed {Path.GetFileName(staging)}, the unfinished output of an interrupted run (process 99999999)" }));
    }

    [Test]
    public void A_replacement_killed_between_its_renames_is_rolled_back_to_the_earlier_results()
    {
        var old = Leftover(OutputLeftovers.Old, Dead, "earlier");
        var staging = Leftover(OutputLeftovers.Staging, Dead, "unfinished");
        var ex = Assert.Throws<InputException>(() => OutputFolder.Create(PathOf("grades"), force: false, []));
        Assert.That(File.ReadAllText(PathOf("grades/feedback/earlier")), Is.EqualTo("old"), "the earlier results are back in place");
        Assert.That(Directory.Exists(old) || Directory.Exists(staging), Is.False);
        Assert.That(ex!.Notes, Has.Some.StartsWith("restored grades from .grades.old-p99999999-t12345-1"));
        Assert.That(ex.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputFolderExists }), "without --force the restored results are kept");
    }

    [Test]
    public void A_replacement_killed_after_its_commit_finishes_removing_the_earlier_results()
    {
        Directory.CreateDirectory(PathOf("grades"));
        File.WriteAllText(PathOf("grades/new"), "new");
        var old = Leftover(OutputLeftovers.Old, Dead);
        var trash = Leftover(OutputLeftovers.Trash, new RunOwner(99_999_998, 1, 1));
        using var folder = OutputFolder.Create(PathOf("grades"), force: true, []);
        Assert.That(Directory.Exists(old) || Directory.Exists(trash), Is.False);
        Assert.That(File.ReadAllText(PathOf("grades/new")), Is.EqualTo("new"));
        Assert.That(folder.Notices, Has.Length.EqualTo(2));
    }

    [Test]
    public void Staging_folders_of_an_earlier_version_are_removed_too()
    {
        var legacy = PathOf(".grades.staging-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(legacy);
        using var folder = OutputFolder.Create(PathOf("grades"), force: false, []);
        Assert.That(Directory.Exists(legacy), Is.False);
        Assert.That(folder.Notices.Single(), Does.Contain("an earlier version of this program"));
    }

    [Test]
    public void Folders_of_a_live_run_and_folders_of_other_outputs_are_left_alone()
    {
        using var sleeper = Process.Start("sleep", "60")!;
        try
        {
            var live = Leftover(OutputLeftovers.Staging, RunOwner.OfProcess(sleeper.Id)!);
            var other = OutputLeftovers.PathOf(PathOf("grades-2"), OutputLeftovers.Staging, Dead);
            Directory.CreateDirectory(other);
            using var folder = OutputFolder.Create(PathOf("grades"), force: false, []);
            Assert.That(Directory.Exists(live) && Directory.Exists(other), Is.True);
            Assert.That(folder.Notices.Single(), Does.Contain($"alone: process {sleeper.Id}, which is writing it, is still running"));
        }
        finally
        {
            sleeper.Kill();
        }
    }

    [Test]
    public void A_leftover_that_is_an_input_is_never_removed()
    {
        var staging = Leftover(OutputLeftovers.Staging, Dead);
        using var folder = OutputFolder.Create(PathOf("grades"), force: false, [Path.Combine(staging, "feedback")]);
        Assert.That(Directory.Exists(staging), Is.True);
        Assert.That(folder.Notices.Single(), Does.Contain("it is or holds an input of this run"));
    }

    // "@relative:x" is work/x relative to the current folder, to test relative path forms.
    private string PathOf(string path) =>
        path.StartsWith("@relative:", StringComparison.Ordinal)
            ? Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_work, path["@relative:".Length..]))
            : Path.Combine(_work, path);

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFileSystemEntries(_work, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToDictionary(
            f => Path.GetRelativePath(_work, f),
            f => new FileInfo(f).LinkTarget ?? (File.Exists(f) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) : "folder"));
}
