using System.Globalization;
using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

/// <summary>The walk over a folder built to hurt it (<see cref="HostileFolder"/>): what is read, what is reported, and that nothing is followed.</summary>
public class SubmissionFolderTests
{
    private string _work = "";
    private HostileFolder _hostile = null!;
    private SubmissionFolderContents _contents = null!;

    [OneTimeSetUp]
    public void ReadTheHostileFolder()
    {
        _work = Directory.CreateTempSubdirectory("deepexam-folder-").FullName;
        _hostile = HostileFolder.Create(_work);
        _contents = ReadWithin(() => SubmissionFolder.Read(_hostile.Submissions));
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder() => HostileFolder.Remove(_work);

    // A FIFO opened the blocking way would hang the test run; a bound makes it fail instead.
    private static SubmissionFolderContents ReadWithin(Func<SubmissionFolderContents> read)
    {
        var task = Task.Run(read);
        Assert.That(task.Wait(TimeSpan.FromSeconds(30)), Is.True, "reading the folder took more than 30 s");
        return task.Result;
    }

    private const string Link = "symlink-not-followed: a symbolic link to {0}; links are never followed";

    [TestCase("fifo.yaml", "not-a-regular-file: a named pipe (FIFO); not read")]
    [TestCase("pipe", "not-a-regular-file: a named pipe (FIFO); not read")]
    [TestCase("socket.yaml", "not-a-regular-file: a socket; not read")]
    [TestCase("zero.yaml", Link, "/dev/zero")]
    [TestCase("urandom.yaml", Link, "/dev/urandom")]
    [TestCase("s1007.yaml", Link, "../outside/s1007.yaml")]
    [TestCase("outdir", Link, "../outside/dir")]
    [TestCase("loop", Link, ".")]
    [TestCase("inside.yaml", Link, "s1001.yaml")]
    [TestCase("sub/up", Link, "..")]
    [TestCase("notes.txt", "not an answer file (answer files end in .yaml); skipped")]
    [TestCase(".DS_Store", "not an answer file (answer files end in .yaml); skipped")]
    public void Everything_that_is_not_an_answer_file_gets_one_line_and_is_not_read(string name, string problem, string? target = null)
    {
        Assert.That(_contents.Skipped.Where(s => s.Name == name).Select(s => s.Problem), Is.EqualTo(new[] { string.Format(CultureInfo.InvariantCulture, problem, target) }));
        Assert.That(_contents.Reads.Select(r => r.File.Name), Does.Not.Contain(name));
    }

    [Test]
    public void Folders_nested_past_the_depth_limit_are_reported_not_entered()
    {
        Assert.That(_contents.Skipped.Single(s => s.Name.StartsWith("d/", StringComparison.Ordinal)), Is.EqualTo(new SkippedEntry(HostileFolder.TooDeep, "too-deep: folders nested more than 32 levels deep are not read")));
    }

    [TestCase("s1001.yaml", "s1001")]
    [TestCase(HostileFolder.InvalidUtf8Name, "s1003")]
    [TestCase("S1002.YAML", "s1002")]
    [TestCase("sub/s1004.Yml", "s1004")]
    [TestCase(".hidden.yaml", "s1005")]
    [TestCase("s1009.yaml", "s1009")]
    public void Answer_files_are_read_whatever_their_name(string name, string student)
    {
        var read = _contents.Reads.Single(r => r.File.Name == name);
        Assert.That((read.Problem, read.Submission?.StudentId), Is.EqualTo(((string?)null, student)));
    }

    [TestCase("big.yaml", "the file is 104,857,600 bytes; an answer file is at most 1,048,576 bytes")]
    [TestCase("s1010.yaml", "the file is 1,048,577 bytes; an answer file is at most 1,048,576 bytes")]
    [TestCase("._s1006.yaml", "the file is not a text file (it contains NUL bytes)")]
    public void Answer_files_that_cannot_be_used_are_read_as_far_as_needed_and_say_why(string name, string problem)
    {
        Assert.That(_contents.Reads.Single(r => r.File.Name == name).Problem, Is.EqualTo(problem));
    }

    [Test]
    public void Every_entry_is_listed_once_and_nothing_behind_a_link_is()
    {
        var names = _contents.Reads.Select(r => r.File.Name).Concat(_contents.Skipped.Select(s => s.Name)).ToList();
        Assert.That(names, Is.EquivalentTo(new[]
        {
            ".DS_Store", ".hidden.yaml", "._s1006.yaml", HostileFolder.InvalidUtf8Name, "S1002.YAML", "big.yaml", HostileFolder.TooDeep, "fifo.yaml",
            "inside.yaml", "loop", "notes.txt", "outdir", "pipe", "s1001.yaml", "s1007.yaml", "s1009.yaml", "s1010.yaml", "socket.yaml",
            "sub/s1004.Yml", "sub/up", "urandom.yaml", "zero.yaml",
        }));
        Assert.That(_contents.Reads.Select(r => r.File.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(_contents.Skipped.Select(s => s.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Length_and_modification_time_are_the_files_own()
    {
        var path = Path.Combine(_hostile.Submissions, "sub", "s1004.Yml");
        var file = _contents.Reads.Single(r => r.File.Name == "sub/s1004.Yml").File;
        Assert.That((file.Length, file.LastWriteUtc), Is.EqualTo((new FileInfo(path).Length, File.GetLastWriteTimeUtc(path))));
        Assert.That(file.LastWriteUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public void The_submissions_folder_itself_may_be_reached_through_a_link()
    {
        var link = Path.Combine(_work, "link-to-submissions");
        File.CreateSymbolicLink(link, _hostile.Submissions);
        var through = ReadWithin(() => SubmissionFolder.Read(link + "/sub/.."));
        Assert.That(through.Reads.Select(r => (r.File.Name, r.Problem)), Is.EqualTo(_contents.Reads.Select(r => (r.File.Name, r.Problem))));
        Assert.That(through.Skipped, Is.EqualTo(_contents.Skipped));
    }

    [Test]
    public void Past_the_entry_limit_the_walk_stops_with_one_line()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "many")).FullName;
        for (var i = 0; i < 10; i++) File.WriteAllText(Path.Combine(folder, $"s{i}.yaml"), $"student: s{i}\n");
        var contents = SubmissionFolder.Read(folder, new FolderLimits(MaxDepth: 32, MaxEntries: 6));
        Assert.That(contents.Reads, Has.Length.EqualTo(6));
        Assert.That(contents.Skipped.Single().Problem, Is.EqualTo("too-many-entries: the submissions folder holds more than 6 files and folders; the rest were not read"));
    }

    [Test]
    public void The_portable_walk_gives_the_same_lines_where_dotnet_can_tell()
    {
        // Without the FIFO, the socket and the name .NET cannot open: the portable walk would block on the one and fail on the other.
        var folder = HostileFolder.Create(Directory.CreateDirectory(Path.Combine(_work, "portable")).FullName);
        HostileFolder.Shell(folder.Submissions, "rm fifo.yaml pipe socket.yaml M*ller.yaml");
        var libc = SubmissionFolder.Read(folder.Submissions);
        var portable = ReadWithin(() => PortableSubmissionFolder.Read(folder.Submissions, FolderLimits.Default));
        Assert.That(portable.Reads.Select(r => (r.File.Name, r.File.Length, r.Problem, r.Submission?.StudentId)),
            Is.EqualTo(libc.Reads.Select(r => (r.File.Name, r.File.Length, r.Problem, r.Submission?.StudentId))));
        Assert.That(portable.Skipped, Is.EqualTo(libc.Skipped));
    }
}
