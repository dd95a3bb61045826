using DeepExam.Exams;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

/// <summary>Which of a student's files counts, and what is said about the others.</summary>
public class SubmissionMatcherTests
{
    private const string Exam = "cv-demo";
    private static readonly Student[] Roster = [new("s1001", "Ada", "s1001"), new("s1002", "Alan", "s1002")];
    private static readonly DateTime Noon = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    // Each student's check code is their id backwards: what matters is whose it is, not how it is made.
    private static string CodeOf(Student s) => new([.. s.Id.Reverse()]);

    private static SubmissionFile File(string name, int minutes) => new(name, 100, Noon.AddMinutes(minutes));

    private static SubmissionRead Sheet(string name, int minutes, string? student = "s1001", string? check = "1001s", string? exam = Exam) =>
        new(File(name, minutes), new Submission(File(name, minutes), exam, student, check, new Dictionary<string, AnswerNode>(), []), null);

    private static SubmissionRead Unreadable(string name, int minutes) => new(File(name, minutes), null, "invalid YAML at line 3, column 1: bad");

    private static (Dictionary<string, SubmissionMatcher.Match> ByStudent, List<string> Issues) Assign(params SubmissionRead[] reads)
    {
        var (byStudent, issues) = SubmissionMatcher.Assign(reads, Roster, Exam, CodeOf);
        return (byStudent, issues.Select(i => i.ToString()).ToList());
    }

    [Test]
    public void An_older_good_file_counts_over_a_newer_unreadable_one()
    {
        var (m, issues) = Assign(Sheet("s1001.yaml", 0), Unreadable("s1001.yml", 30));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("s1001.yaml"));
        Assert.That(m["s1001"].Notes.Single(), Is.EqualTo("2 files claim this student: s1001.yaml counts (the newest that can be read and has this student's check code); not graded: s1001.yml"));
        Assert.That(issues, Is.EqualTo(new[] { "s1001.yml: s1001: not graded: the file cannot be read (invalid YAML at line 3, column 1: bad); s1001.yaml counts" }));
    }

    [Test]
    public void An_older_file_with_the_students_check_code_counts_over_a_newer_one_with_another()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0), Sheet("b.yaml", 30, check: "2001s"), Sheet("c.yaml", 40, check: null));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("a.yaml"));
        Assert.That(issues, Is.EqualTo(new[]
        {
            "c.yaml: s1001: not graded: the file has no check code; a.yaml counts",
            "b.yaml: s1001: not graded: the check code is not this student's; a.yaml counts",
        }));
    }

    [Test]
    public void An_older_file_for_this_exam_counts_over_a_newer_one_for_another()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0), Sheet("b.yaml", 30, exam: "cv-midterm"));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("a.yaml"));
        Assert.That(issues, Is.EqualTo(new[] { "b.yaml: s1001: not graded: the file is for exam 'cv-midterm'; a.yaml counts" }));
    }

    [Test]
    public void Of_files_that_all_qualify_the_newest_counts_and_a_tie_goes_to_the_last_name()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0), Sheet("b.yaml", 30), Sheet("c.yaml", 30));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("c.yaml"));
        Assert.That(issues, Is.EqualTo(new[]
        {
            "b.yaml: s1001: not graded: modified at the same time as c.yaml, which counts (of files modified together, the last by name counts)",
            "a.yaml: s1001: not graded: older than c.yaml, which counts",
        }));
    }

    [Test]
    public void When_no_file_qualifies_the_newest_readable_one_for_this_exam_counts_and_the_note_says_why()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0, check: "2001s"), Sheet("b.yaml", 10, check: "XXXX"), Sheet("c.yaml", 20, exam: "cv-midterm"), Unreadable("s1001.yaml", 30));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("b.yaml"));
        Assert.That(m["s1001"].Notes.Single(), Is.EqualTo("4 files claim this student: b.yaml counts (none has this student's check code; this is the newest readable one for this exam); not graded: a.yaml, c.yaml, s1001.yaml"));
        Assert.That(issues, Has.Count.EqualTo(3).And.Contains("a.yaml: s1001: not graded: older than b.yaml, which counts"));
    }

    [Test]
    public void When_every_readable_file_is_for_another_exam_the_newest_counts()
    {
        var (m, _) = Assign(Sheet("a.yaml", 0, exam: "cv-midterm"), Sheet("b.yaml", 10, exam: "cv-final"), Unreadable("s1001.yaml", 30));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("b.yaml"));
        Assert.That(m["s1001"].Notes.Single(), Does.Contain("b.yaml counts (none is for this exam; this is the newest readable one)"));
    }

    [Test]
    public void When_no_file_can_be_read_the_newest_decides_the_row()
    {
        var (m, issues) = Assign(Unreadable("s1001.yaml", 0), Unreadable("s1001.yml", 30));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("s1001.yml"));
        Assert.That(m["s1001"].Read.Submission, Is.Null);
        Assert.That(m["s1001"].Notes.Single(), Does.Contain("s1001.yml counts (none can be read; this is the newest)"));
        Assert.That(issues, Is.EqualTo(new[] { "s1001.yaml: s1001: not graded: older than s1001.yml, which counts" }));
    }

    [Test]
    public void A_student_id_in_another_case_is_that_student_with_a_note()
    {
        var (m, issues) = Assign(Sheet("x.yaml", 0, student: "S1001"));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("x.yaml"));
        Assert.That(m["s1001"].Notes, Is.EqualTo(new[] { "the file says 'S1001'; matched to roster id s1001" }));
        Assert.That(issues, Is.Empty);
    }

    [Test]
    public void A_file_named_after_the_student_qualifies_without_a_student_or_exam_field_when_its_check_code_is_theirs()
    {
        var (m, _) = Assign(Sheet("a.yaml", 0), Sheet("S1001.yaml", 30, student: null, exam: null));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("S1001.yaml"));
    }

    [Test]
    public void A_file_named_after_the_student_without_their_check_code_is_passed_over_for_one_with_it()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0), Sheet("s1001.yaml", 30, student: null, check: null));
        Assert.That(m["s1001"].Read.File.Name, Is.EqualTo("a.yaml"));
        Assert.That(issues, Is.EqualTo(new[] { "s1001.yaml: s1001: not graded: the file has no check code; a.yaml counts" }));
    }

    [Test]
    public void Files_of_other_students_and_of_no_student_are_reported_as_before()
    {
        var (m, issues) = Assign(Sheet("a.yaml", 0, student: "s1002", check: "2001s"), Sheet("b.yaml", 0, student: "s9999"), Sheet("c.yaml", 0, student: null));
        Assert.That(m.Keys, Is.EqualTo(new[] { "s1002" }));
        Assert.That(issues, Is.EqualTo(new[]
        {
            "b.yaml: s9999: no student with this id is on the roster; the file was not graded",
            "c.yaml: the file does not say which student it is from (no 'student' field) and its name is no student's id; not graded",
        }));
    }

    [Test]
    public void A_claimed_id_is_quoted_to_80_characters()
    {
        var (_, issues) = Assign(Sheet("a.yaml", 0, student: new string('x', 5000)));
        Assert.That(issues.Single(), Is.EqualTo($"a.yaml: {new string('x', 80)}…: no student with this id is on the roster; the file was not graded"));
    }
}
