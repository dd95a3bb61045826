using DeepExam.Diagnostics;
using DeepExam.Output;

namespace DeepExam.Tests.Output;

public class ExerciseVersionsFileTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("deepexam-versions-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void What_is_written_reads_back_the_same()
    {
        ExerciseVersion[] versions = [new("my-conv", new string('a', 64), Bundled: false), new("pooling-output-size", new string('b', 64), Bundled: true)];
        var path = Path.Combine(_folder, ExerciseVersionsFile.Name);
        File.WriteAllText(path, ExerciseVersionsFile.Write("my-exam", versions));

        var (exam, read) = ExerciseVersionsFile.Read(path);

        Assert.That(exam, Is.EqualTo("my-exam"));
        Assert.That(read, Is.EqualTo(versions));
    }

    [Test]
    public void Holds_no_path_or_date_so_the_same_exam_gives_the_same_bytes_anywhere()
    {
        var text = ExerciseVersionsFile.Write("my-exam", [new ExerciseVersion("my-conv", new string('a', 64), Bundled: false)]);
        Assert.That(text, Is.EqualTo(
            "# The exercise templates this exam's variants were drawn from, with the SHA-256 of each file.\n"
            + "# grade --keys <this folder> recomputes them and refuses to grade against a template that has changed since.\n"
            + "exam: \"my-exam\"\nexercises:\n  - id: \"my-conv\"\n    sha256: \"" + new string('a', 64) + "\"\n    from: course\n"));
    }

    [Test]
    public void A_damaged_file_is_reported_with_its_line()
    {
        var path = Path.Combine(_folder, ExerciseVersionsFile.Name);
        File.WriteAllText(path, "exam: e\nexercises:\n  - id: a\n    sha256: x\n    from: somewhere\n  - id: b\n");

        var error = Assert.Throws<InputException>(() => ExerciseVersionsFile.Read(path));

        Assert.That(error!.Diagnostics.Select(d => d.ToString()), Has.Some.Match(@":5:\d+: error DX2306: 'from' is 'bundled' or 'course', not 'somewhere'"));
        Assert.That(error.Diagnostics.Select(d => d.ToString()), Has.Some.Match(@":6:\d+: error DX1009: .*sha256"));
    }
}
