using System.Diagnostics;
using System.Security.Cryptography;
using DeepExam.Diagnostics;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
using DeepExam.Runs;
using DeepExam.Tests.Output;

namespace DeepExam.Tests.Grading;

/// <summary>Whole grading runs over the bundled demo and over folders of hostile files.</summary>
public class GradingRunTests
{
    private string _work = "";
    private static string Repo => TestPaths.Repository;

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-grade-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private GradingRequest Request(string submissions, string output = "grades", bool force = false) => new(
        DemoExam.Blueprint(Repo), DemoExam.Roster(Repo), DemoExam.Exercises(Repo), submissions, Path.Combine(_work, output), DemoExam.Secret, force);

    private static readonly DateTime HandedIn = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, GradedStudent> ById(GradingOutcome o) => o.Grades.ToDictionary(g => g.Student.Id);

    [Test]
    public void The_demo_submissions_grade_as_their_comments_say()
    {
        // Every file handed in at one fixed time, whatever times the checkout gave them, and s1007's draft an hour
        // before its final file, as the draft's comment says: which file counts must not depend on the checkout.
        var submissions = CopyDemoSubmissions();
        foreach (var file in Directory.GetFiles(submissions)) File.SetLastWriteTimeUtc(file, HandedIn);
        File.SetLastWriteTimeUtc(Path.Combine(submissions, "s1007-draft.yaml"), HandedIn.AddHours(-1));
        var outcome = GradingRun.Run(Request(submissions));
        var g = ById(outcome);
        Assert.That(outcome.Grades.Select(x => x.Student.Id), Is.EqualTo(Enumerable.Range(1001, 12).Select(i => $"s{i}")), "one row per roster student, in roster order");
        Assert.That(g["s1001"].Total, Is.EqualTo(g["s1001"].Max), "all correct");
        Assert.That(g["s1004"].Total, Is.EqualTo(g["s1004"].Max), "all correct in other notations");
        Assert.That(g["s1002"].Parts.Count(p => p.Matched is not null && p.Status == PartStatus.Incorrect), Is.GreaterThanOrEqualTo(15), "known mistakes recognised");
        Assert.That(g["s1003"].Parts.Count(p => p.Status == PartStatus.CarriedForward), Is.GreaterThanOrEqualTo(1));
        Assert.That(g["s1005"].Parts.Count(p => p.Status == PartStatus.Partial), Is.GreaterThanOrEqualTo(5));
        Assert.That(g["s1005"].Parts.Any(p => p.Matched == "transposed"), Is.True);
        Assert.That(g["s1006"].Status, Is.EqualTo(SubmissionStatus.CheckCodeMismatch));
        Assert.That(g["s1007"].File, Is.EqualTo("s1007.yaml"));
        Assert.That(g["s1007"].Notes.Single(), Is.EqualTo("2 files claim this student: s1007.yaml counts (the newest that can be read and has this student's check code); not graded: s1007-draft.yaml"));
        Assert.That(outcome.Issues.Select(i => i.ToString()), Does.Contain("s1007-draft.yaml: s1007: not graded: older than s1007.yaml, which counts"));
        Assert.That(g["s1008"].Status, Is.EqualTo(SubmissionStatus.Unreadable));
        Assert.That(g["s1009"].Status, Is.EqualTo(SubmissionStatus.Unreadable));
        Assert.That(g["s1010"].Status, Is.EqualTo(SubmissionStatus.WrongExam));
        Assert.That(g["s1011"].Status, Is.EqualTo(SubmissionStatus.Missing));
        Assert.That(g["s1012"].Parts.Count(p => p.Status == PartStatus.FormatError), Is.EqualTo(4));
        Assert.That(outcome.Issues.Select(i => i.ToString()), Has.Some.Contains("s9999.yaml: s9999: no student with this id is on the roster"));
        Assert.That(outcome.Issues.Select(i => i.ToString()), Has.Some.Contains("notes.txt: not an answer file"));

        var csv = File.ReadAllLines(Path.Combine(_work, "grades", "grades.csv"));
        Assert.That(csv, Has.Length.EqualTo(13));
        Assert.That(csv[11], Does.StartWith("s1011,Srinivasa Ramanujan,missing,"));
        Assert.That(Directory.GetFiles(Path.Combine(_work, "grades", "feedback"), "*.yaml"), Has.Length.EqualTo(12));
        Assert.That(Directory.GetFiles(Path.Combine(_work, "grades", "feedback"), "*.pdf"), Has.Length.EqualTo(12), "a PDF beside each YAML");
        Assert.That(File.ReadAllText(Path.Combine(_work, "grades", "stats.yaml")), Does.Contain("common_wrong_answers"));
    }

    [Test]
    public void The_demos_partly_right_matrices_earn_credit_only_beyond_what_a_constant_answer_gets()
    {
        // s1005 before chance-corrected credit: 4.a 1.5, 4.b 1.5, 4.c 1.88, 5.b 2.5, 5.c 2.25, 6.a 0.83, 6.b 1.67, 6.c 1.67, 7.b 1, 7.c 1.
        var parts = ById(GradingRun.Run(Request(DemoExam.Submissions(Repo)) with { FeedbackPdfs = false }))["s1005"].Parts.ToDictionary(p => p.Key);
        var expected = new Dictionary<string, Rational>
        {
            ["4.a"] = new(4, 3), ["4.b"] = 1, ["4.c"] = new(3, 2), ["5.b"] = new(9, 4), ["5.c"] = new(3, 2),
            ["6.a"] = new(1, 2), ["6.b"] = 1, ["6.c"] = new(3, 2), ["7.b"] = 0, ["7.c"] = 0,
        };
        // Every part's maximum here is whole or half points, so its points print as the exact points rounded to the cent.
        Assert.That(expected.Keys.ToDictionary(k => k, k => parts[k].Printed.Points), Is.EqualTo(expected.ToDictionary(e => e.Key, e => PrintedPoints.Cents(e.Value))));
        var feedback = FeedbackYaml.Parts(Path.Combine(_work, "grades"), "s1005");
        Assert.That(feedback["4.c"].Feedback[0], Is.EqualTo("15 of 16 entries are right. Since an answer with every entry 0 would get 12 right, the credit is (15 - 12) / (16 - 12) = 3/4 of the points."));
        Assert.That(feedback["7.b"].Feedback[0], Is.EqualTo("1 of 2 entries are right, but an answer that repeats one of the correct values everywhere gets 1 right too: no credit."));
    }

    [Test]
    public void Grading_never_writes_into_the_submissions_folder()
    {
        var submissions = CopyDemoSubmissions();
        var before = Snapshot(submissions);
        GradingRun.Run(Request(submissions));
        Assert.That(Snapshot(submissions), Is.EqualTo(before));
    }

    [Test]
    public void An_output_folder_inside_the_submissions_is_refused()
    {
        var submissions = CopyDemoSubmissions();
        var ex = Assert.Throws<InputException>(() => GradingRun.Run(Request(submissions) with { OutputFolder = Path.Combine(submissions, "grades") }));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputOverlapsInput }));
    }

    [Test]
    public void An_earlier_grading_run_is_kept_unless_forced()
    {
        GradingRun.Run(Request(DemoExam.Submissions(Repo)));
        var ex = Assert.Throws<InputException>(() => GradingRun.Run(Request(DemoExam.Submissions(Repo))));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.OutputFolderExists }));
        Assert.That(() => GradingRun.Run(Request(DemoExam.Submissions(Repo), force: true)), Throws.Nothing);
    }

    [Test]
    public void Grading_is_deterministic()
    {
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "one"));
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "two"));
        Assert.That(Snapshot(Path.Combine(_work, "two"), times: false), Is.EqualTo(Snapshot(Path.Combine(_work, "one"), times: false)));
    }

    [Test]
    public void Every_hostile_file_gets_a_report_line_and_every_student_a_row()
    {
        var submissions = Path.Combine(_work, "hostile");
        Directory.CreateDirectory(submissions);
        void Put(string name, string text) => File.WriteAllText(Path.Combine(submissions, name), text);
        Put("s1001.yaml", "answers: [1, 2\n");
        Put("s1002.yaml", "a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n");
        Put("s1003.yaml", "answers:\n  \"1.a\": " + new string('[', 5000) + new string(']', 5000) + "\n");
        File.WriteAllBytes(Path.Combine(submissions, "s1004.yaml"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x00]);
        using (var f = File.Create(Path.Combine(submissions, "s1005.yaml"))) f.SetLength(100L * 1024 * 1024);
        Put("s1006.yaml", "exam: cv-demo\nstudent: s1006\nanswers: 42\n");
        Put("s1007.yaml", "");
        Put("s1008.yaml", "exam: cv-demo\nstudent: s1008\ncheck: nope\nanswers:\n  \"1.a\": {a: 1}\n  \"1.b\": [1, 2]\n  \"99.x\": 1\n");

        var outcome = GradingRun.Run(Request(submissions));
        var g = ById(outcome);
        Assert.That(outcome.Grades, Has.Length.EqualTo(12));
        foreach (var id in new[] { "s1001", "s1002", "s1003", "s1004", "s1005", "s1006", "s1007" })
            Assert.That(g[id].Status, Is.EqualTo(SubmissionStatus.Unreadable), id);
        Assert.That(g["s1008"].Status, Is.EqualTo(SubmissionStatus.CheckCodeMismatch));
        Assert.That(g["s1008"].Parts[0].Status, Is.EqualTo(PartStatus.FormatError));
        Assert.That(g["s1008"].Parts[1].Status, Is.EqualTo(PartStatus.FormatError));
        var lines = outcome.Issues.Select(i => i.ToString()).ToList();
        Assert.That(lines, Has.Some.Contains("s1001.yaml: s1001: invalid YAML"));
        Assert.That(lines, Has.Some.Contains("s1002.yaml: s1002: the file uses YAML anchors"));
        Assert.That(lines, Has.Some.Contains("s1003.yaml: s1003: the answers are nested more than 12 levels deep"));
        Assert.That(lines, Has.Some.Contains("s1004.yaml: s1004: the file is not UTF-8 text"));
        Assert.That(lines, Has.Some.Contains("s1005.yaml: s1005: the file is 104,857,600 bytes"));
        Assert.That(lines, Has.Some.Contains("s1006.yaml: s1006: 'answers' must be a mapping"));
        Assert.That(lines, Has.Some.Contains("s1007.yaml: s1007: the file is empty"));
        Assert.That(lines, Has.Some.Contains("s1008.yaml: s1008: answer to '99.x' ignored"));
        Assert.That(lines, Has.Some.Contains("s1008.yaml: s1008: the check code 'nope' is not this student's"));
        Assert.That(lines, Has.Some.Contains("-: s1009: no submission"));
        Assert.That(outcome.NeedsAttention, Is.True);
    }

    [Test]
    public void A_file_with_49000_answers_to_parts_the_exam_lacks_is_graded_with_21_notes()
    {
        var submissions = Path.Combine(_work, "many");
        Directory.CreateDirectory(submissions);
        var demo = File.ReadAllText(Path.Combine(DemoExam.Submissions(Repo), "s1001.yaml"));
        File.WriteAllText(Path.Combine(submissions, "s1001.yaml"), demo + string.Concat(Enumerable.Range(0, 49_000).Select(i => $"  \"99.k{i}\": 1\n")));

        var clock = Stopwatch.StartNew();
        var outcome = GradingRun.Run(Request(submissions));
        TestContext.Out.WriteLine($"graded with a feedback PDF per student in {clock.Elapsed.TotalSeconds:0.00} s");

        var grade = ById(outcome)["s1001"];
        Assert.That(grade.Status, Is.EqualTo(SubmissionStatus.Graded));
        Assert.That(grade.Total, Is.EqualTo(grade.Max), "the answers to the exam's parts still count");
        Assert.That(grade.Notes, Has.Length.EqualTo(21));
        Assert.That(grade.Notes[0], Is.EqualTo("answer to '99.k0' ignored: the exam has no such part"));
        Assert.That(grade.Notes[^1], Is.EqualTo("answers to 48,980 more parts the exam does not have were ignored"));
        Assert.That(outcome.Issues.Count(i => i.Student == "s1001"), Is.EqualTo(21));
    }

    [Test]
    public void A_newer_unreadable_copy_does_not_displace_a_good_file_and_an_id_in_capitals_is_the_students()
    {
        var submissions = CopyDemoSubmissions();
        var good = Path.Combine(submissions, "s1001.yaml");
        File.WriteAllText(Path.Combine(submissions, "s1001.yml"), "answers: [1, 2\n");
        File.SetLastWriteTimeUtc(Path.Combine(submissions, "s1001.yml"), File.GetLastWriteTimeUtc(good).AddMinutes(5));
        var s1002 = Path.Combine(submissions, "s1002.yaml");
        File.WriteAllText(s1002, File.ReadAllText(s1002).Replace("student: \"s1002\"", "student: \"S1002\""));

        var outcome = GradingRun.Run(Request(submissions));
        var g = ById(outcome);
        Assert.That((g["s1001"].Status, g["s1001"].File), Is.EqualTo((SubmissionStatus.Graded, "s1001.yaml")));
        Assert.That(g["s1001"].Total, Is.EqualTo(g["s1001"].Max));
        Assert.That(outcome.Issues.Select(i => i.ToString()), Has.Some.StartsWith("s1001.yml: s1001: not graded: the file cannot be read (invalid YAML"));
        Assert.That(g["s1002"].Status, Is.EqualTo(SubmissionStatus.Graded));
        Assert.That(g["s1002"].Notes, Does.Contain("the file says 'S1002'; matched to roster id s1002"));
    }

    [Test]
    public void A_file_without_a_student_field_is_matched_by_its_name()
    {
        var submissions = Path.Combine(_work, "byname");
        Directory.CreateDirectory(submissions);
        File.WriteAllText(Path.Combine(submissions, "s1003.yaml"), "exam: cv-demo\nanswers:\n  \"1.f\": false\n");
        var g = ById(GradingRun.Run(Request(submissions)));
        Assert.That(g["s1003"].Parts.Single(p => p.Key == "1.f").Status, Is.EqualTo(PartStatus.Correct));
        Assert.That(g["s1003"].Status, Is.EqualTo(SubmissionStatus.CheckCodeMismatch), "no check code: flagged");
    }

    [Test]
    public void Names_ids_and_file_names_that_start_like_formulas_are_neutralised_in_grades_and_report_but_points_are_not()
    {
        var submissions = CopyDemoSubmissions();
        File.Move(Path.Combine(submissions, "s1001.yaml"), Path.Combine(submissions, "=s1001.yaml"));
        File.WriteAllText(Path.Combine(submissions, "@other.yaml"), "exam: cv-demo\nstudent: \"-2+3\"\nanswers:\n  \"1.a\": 1\n");
        var roster = Path.Combine(_work, "roster.csv");
        File.WriteAllText(roster, File.ReadAllText(DemoExam.Roster(Repo)).Replace("Ada Lovelace", "\"=HYPERLINK(\"\"http://x\"\")\"").Replace("Alan Turing", "+Alan Turing"));

        GradingRun.Run(Request(submissions) with { RosterPath = roster });

        var grades = CsvRows.Read(Path.Combine(_work, "grades", "grades.csv"));
        var header = grades[0].ToList();
        Assert.That(grades[1][..2], Is.EqualTo(new[] { "s1001", "'=HYPERLINK(\"http://x\")" }));
        Assert.That(grades[1][header.IndexOf("file")], Is.EqualTo("'=s1001.yaml"));
        Assert.That(grades[2][1], Is.EqualTo("'+Alan Turing"));
        var figures = grades.Skip(1).SelectMany(r => r[3..header.IndexOf("file")]).Where(c => c.Length > 0).ToList();
        Assert.That(figures, Has.All.Matches<string>(c => decimal.TryParse(c, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)));
        var report = CsvRows.Read(Path.Combine(_work, "grades", "report.csv"));
        Assert.That(report.Skip(1).Select(r => (r[0], r[1])), Does.Contain(("'@other.yaml", "'-2+3")));
    }

    [Test]
    public void Simulated_submissions_grade_as_a_mix_of_right_wrong_blank_and_unreadable_answers()
    {
        var submissions = Path.Combine(_work, "simulated");
        var written = SubmissionSimulation.Run(DemoExam.Blueprint(Repo), DemoExam.Roster(Repo), DemoExam.Exercises(Repo), submissions, DemoExam.Secret, force: false).Students;
        var outcome = GradingRun.Run(Request(submissions));
        var parts = outcome.Grades.SelectMany(g => g.Parts).ToList();
        Assert.That(written, Is.EqualTo(12));
        Assert.That(outcome.Grades.Select(g => g.Status), Has.All.EqualTo(SubmissionStatus.Graded));
        foreach (var status in new[] { PartStatus.Correct, PartStatus.Incorrect, PartStatus.Unanswered, PartStatus.FormatError })
            Assert.That(parts.Count(p => p.Status == status), Is.GreaterThan(0), status.ToString());
        Assert.That(parts.Count(p => p.Matched is not null), Is.GreaterThan(0), "simulated slips are recognised as known mistakes");
    }

    [Test]
    public void Missing_inputs_are_errors_before_anything_is_written()
    {
        var ex = Assert.Throws<InputException>(() => GradingRun.Run(Request(Path.Combine(_work, "nowhere"))));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.SubmissionsFolderNotFound }));
        Assert.That(Directory.Exists(Path.Combine(_work, "grades")), Is.False);
    }

    private string CopyDemoSubmissions()
    {
        var target = Path.Combine(_work, "submissions");
        Directory.CreateDirectory(target);
        foreach (var f in Directory.GetFiles(DemoExam.Submissions(Repo)))
        {
            var to = Path.Combine(target, Path.GetFileName(f));
            File.Copy(f, to);
            File.SetLastWriteTimeUtc(to, File.GetLastWriteTimeUtc(f));
        }
        return target;
    }

    private static Dictionary<string, string> Snapshot(string folder, bool times = true) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + (times ? File.GetLastWriteTimeUtc(f).Ticks : 0));
}
