using System.IO.Compression;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using DeepExam.Grading.Submissions;
using DeepExam.Runs;

namespace DeepExam.Tests.Grading;

/// <summary>Grading straight from an LMS's "download all submissions" ZIP (<see cref="LmsArchiveFixture"/>): the same grades as the files in a folder, nothing hostile counted.</summary>
public class LmsSubmissionsTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("deepexam-lms-").FullName;

    [TearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private GradingOutcome Grade(string submissions, string output, bool pdfs = false, LmsKind? gradebook = null, string? roster = null) =>
        GradingRun.Run(new GradingRequest(DemoExam.Blueprint(TestPaths.Repository), roster ?? DemoExam.Roster(TestPaths.Repository), DemoExam.Exercises(TestPaths.Repository),
            submissions, Path.Combine(_work, output), DemoExam.Secret, false, FeedbackPdfs: pdfs, Gradebook: gradebook));

    private static (string, SubmissionStatus, string, string)[] Rows(GradingOutcome outcome) =>
        [.. outcome.Grades.Select(g => (g.Student.Id, g.Status, g.Total.ToString(), string.Join(" ", g.Parts.Select(p => p.Status))))];

    [TestCase(true)]
    [TestCase(false)]
    public void A_Moodle_download_grades_as_the_same_files_in_a_folder(bool inFolders)
    {
        var folder = Grade(LmsArchiveFixture.Folder(_work), "from-folder");
        var zip = Grade(LmsArchiveFixture.MoodleZip(_work, inFolders), "from-zip");

        Assert.That(Rows(zip), Is.EqualTo(Rows(folder)));
        Assert.That(zip.Grades.Select(g => g.Student.Id), Is.EqualTo(LmsArchiveFixture.Roster.Select(r => r.Id)), "every roster student has a row");
        var s1001 = zip.Grades.Single(g => g.Student.Id == "s1001");
        Assert.That((s1001.Total, s1001.File), Is.EqualTo((s1001.Max, $"Ada Lovelace_500_assignsubmission_file{(inFolders ? "/" : "_")}s1001.yaml")), "of two entries alike, the later counts");
    }

    [Test]
    public void A_Canvas_download_grades_as_the_same_files_in_a_folder()
    {
        var folder = Grade(LmsArchiveFixture.Folder(_work), "from-folder");
        var zip = Grade(LmsArchiveFixture.CanvasZip(_work), "from-zip", gradebook: LmsKind.Canvas);

        Assert.That(Rows(zip), Is.EqualTo(Rows(folder)));
        var gradebook = File.ReadAllLines(Path.Combine(_work, "from-zip", "gradebook-canvas.csv"));
        Assert.That(gradebook[0], Is.EqualTo($"Student,ID,SIS User ID,SIS Login ID,Section,{zip.Blueprint.Title}"));
        Assert.That(gradebook[1], Is.EqualTo("Points Possible,,,,,45"), "the maximum a new Canvas assignment takes");
        var s1002 = zip.Grades.Single(g => g.Student.Id == "s1002");
        Assert.That(gradebook[3], Is.EqualTo($"Alan Turing,10501,s1002,,,{PointsText.Show(s1002.Total)}"), "Canvas's user id read from the download's file name");
        Assert.That(gradebook.Single(l => l.StartsWith("Srinivasa Ramanujan,", StringComparison.Ordinal)), Does.StartWith("Srinivasa Ramanujan,,s1011,,,"), "no file, so no Canvas id to give");
    }

    [Test]
    public void Hostile_entries_get_report_lines_and_count_for_no_one()
    {
        var outcome = Grade(LmsArchiveFixture.MoodleZip(_work), "grades");
        var report = File.ReadAllText(Path.Combine(_work, "grades", "report.csv"));

        foreach (var line in new[]
        {
            "../s1001.yaml,,unsafe-name: the name climbs out of the archive with '..'; not read",
            "/tmp/s1001.yaml,,unsafe-name: the name is an absolute path; not read",
            "Ada Lovelace_500_assignsubmission_file/bomb.yaml,,\"zip-bomb: the entry inflates ",
            "Ada Lovelace_500_assignsubmission_file/\\xffnotes.yaml,,",
            "Ada Lovelace_500_assignsubmission_file/s1001.yaml,s1001,not graded: an earlier entry of the archive with the same name and time as the one that counts",
        })
            Assert.That(report, Does.Contain("\n" + line), line);
        Assert.That(outcome.Grades.Single(g => g.Student.Id == "s1009").File, Is.EqualTo("Kurt Gödel_508_assignsubmission_file/s1009.yaml"), "a name in UTF-8 without the flag reads as UTF-8");
        Assert.That(outcome.Grades.Single(g => g.Student.Id == "s1004").File, Is.EqualTo("Katherine Johnson_503_assignsubmission_file/work/s1004.yaml"));
    }

    [Test]
    public void An_entry_whose_header_understates_it_inflates_no_further_than_the_header_says()
    {
        var path = Path.Combine(_work, "lying.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var to = zip.CreateEntry("s1001.yaml", CompressionLevel.Optimal).Open();
            to.Write(new byte[5_000_000]);
        }
        // Both headers (local and central) say 100 bytes; the deflated stream holds 5 MB of zeros.
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4) BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 100);
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2) BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 100);
        }
        File.WriteAllBytes(path, bytes);

        var read = SubmissionArchive.Read(path).Reads.Single();

        Assert.That((read.File.Length, read.Problem), Is.EqualTo((100L, "the file is not a text file (it contains NUL bytes)")), "only the 100 bytes stated were inflated");
    }

    [Test]
    public void A_file_that_is_not_a_zip_is_refused_with_its_path()
    {
        var path = Path.Combine(_work, "submissions.zip");
        File.WriteAllText(path, "not a zip");

        var e = Assert.Throws<DeepExam.Diagnostics.InputException>(() => SubmissionArchive.Read(path));

        Assert.That(e!.Message, Does.Contain(path).And.Contain("the submissions archive could not be read: it is not a ZIP archive"));
    }

    [Test]
    public void Feedback_upload_zip_puts_each_pdf_under_the_participant_folder_moodle_gave()
    {
        Grade(LmsArchiveFixture.MoodleZip(_work), "grades", pdfs: true);

        using var upload = ZipFile.OpenRead(Path.Combine(_work, "grades", FeedbackUploadWriter.FileName));
        var names = upload.Entries.Select(e => e.FullName).ToList();
        Assert.That(names, Does.Contain("Ada Lovelace_500_assignsubmission_file/feedback.pdf"));
        Assert.That(names, Does.Contain("Katherine Johnson_503_assignsubmission_file/feedback.pdf"), "beside the participant folder's top, wherever the sheet was inside it");
        Assert.That(names, Has.None.Contains("Srinivasa"), "no file, no feedback upload");
        var pdf = upload.Entries.Single(e => e.FullName.StartsWith("Ada Lovelace_", StringComparison.Ordinal));
        Assert.That(pdf.Length, Is.EqualTo(new FileInfo(Path.Combine(_work, "grades", "feedback", "s1001.pdf")).Length));
    }

    [Test]
    public void A_file_under_one_participant_that_names_another_student_is_reported()
    {
        var path = Path.Combine(_work, "swapped.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("Alan Turing_501_assignsubmission_file/s1001.yaml");
            using var to = entry.Open();
            to.Write(File.ReadAllBytes(Path.Combine(DemoExam.Submissions(TestPaths.Repository), "s1001.yaml")));
        }

        Grade(path, "grades");

        Assert.That(File.ReadAllText(Path.Combine(_work, "grades", "report.csv")), Does.Contain(
            "Alan Turing_501_assignsubmission_file/s1001.yaml,s1001,\"the LMS download puts this file under Moodle participant 501 (Alan Turing), but it is graded as s1001 (Ada Lovelace), whom its fields name\""));
    }

    [Test]
    public void Grades_keep_the_rosters_other_columns_and_moodle_gets_its_import_layout()
    {
        var roster = Path.Combine(_work, "roster.csv");
        File.WriteAllLines(roster, ["id,name,email,lms_id", .. LmsArchiveFixture.Roster.Select((r, i) => $"{r.Id},{r.Name},{r.Id}@uni.example,{700 + i}")]);

        var outcome = Grade(LmsArchiveFixture.Folder(_work), "grades", gradebook: LmsKind.Moodle, roster: roster);

        var grades = File.ReadAllLines(Path.Combine(_work, "grades", "grades.csv"));
        Assert.That(grades[0], Does.EndWith(",file,email,lms_id"));
        Assert.That(grades[1], Does.EndWith(",s1001.yaml,s1001@uni.example,700"));
        var moodle = File.ReadAllLines(Path.Combine(_work, "grades", "gradebook-moodle.csv"));
        Assert.That(moodle[0], Is.EqualTo($"ID number,Email address,Full name,{outcome.Blueprint.Title}"));
        Assert.That(moodle[1], Is.EqualTo($"s1001,s1001@uni.example,Ada Lovelace,{PointsText.Show(outcome.Grades[0].Total)}"));
    }
}
