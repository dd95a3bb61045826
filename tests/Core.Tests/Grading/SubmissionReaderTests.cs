using System.Globalization;
using System.Text;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

public class SubmissionReaderTests
{
    // The bytes as SubmissionFolder hands them over, with the length the open file gave.
    private static SubmissionRead ReadBytes(byte[] bytes) => SubmissionReader.Read(new SubmissionFile("s.yaml", bytes.Length, DateTime.UnixEpoch), bytes);

    private static SubmissionRead Read(string text) => ReadBytes(Encoding.UTF8.GetBytes(text));

    [Test]
    public void Reads_a_filled_in_answer_sheet()
    {
        var read = Read("sheet: 1\nexam: \"cv\"\nstudent: \"s1\"\ncheck: \"AB12-CD34\"\nanswers:\n  \"1.a\": [28, 28, 5]\n  1b: 10,001,000\n  \"1.c\":\n");
        Assert.That(read.Problem, Is.Null);
        var s = read.Submission!;
        Assert.That((s.ExamId, s.StudentId, s.CheckCode), Is.EqualTo(("cv", "s1", "AB12-CD34")));
        Assert.That(s.Answers["1.a"].Show(), Is.EqualTo("[28, 28, 5]"));
        Assert.That(s.Answers["1.b"].Show(), Is.EqualTo("10,001,000"));
        Assert.That(s.Answers["1.c"], Is.InstanceOf<AnswerNode.Empty>());
        Assert.That(s.Notes, Is.Empty);
    }

    [TestCase("", "the file is empty")]
    [TestCase("   \n\n", "the file is empty")]
    [TestCase("answers: [1, 2\n", "invalid YAML")]
    [TestCase("exam: a\n  bad indent: b\n", "invalid YAML at line 2")]
    [TestCase("- 1\n- 2\n", "must be a mapping with exam, student, check and answers")]
    [TestCase("answers: [1, 2]\n", "'answers' must be a mapping of part keys to answers")]
    [TestCase("a: &x 1\nb: *x\n", "anchors")]
    [TestCase("exam: a\n---\nexam: b\n", "more than one YAML document")]
    public void Unusable_files_are_described_not_thrown(string text, string problem)
    {
        var read = Read(text);
        Assert.That(read.Submission, Is.Null);
        Assert.That(read.Problem, Does.Contain(problem));
    }

    [Test]
    public void An_alias_bomb_is_refused_before_any_expansion()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++) bomb.Append(CultureInfo.InvariantCulture, $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]\n");
        var read = Read(bomb.ToString());
        Assert.That(read.Problem, Does.Contain("anchors"));
    }

    [Test]
    public void Deep_nesting_is_refused_without_recursing_into_it()
    {
        var read = Read("answers:\n  \"1.a\": " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.That(read.Problem, Does.Contain("nested more than"));
    }

    [Test]
    public void Binary_files_are_not_text()
    {
        Assert.That(ReadBytes([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0xFE, 0x01]).Problem, Does.Contain("not UTF-8 text"));
        Assert.That(ReadBytes([(byte)'a', 0, (byte)'b']).Problem, Does.Contain("NUL"));
    }

    [Test]
    public void A_100_MB_file_is_refused_by_its_length_alone()
    {
        var read = SubmissionReader.Read(new SubmissionFile("big.yaml", 100L * 1024 * 1024, DateTime.UnixEpoch), []);
        Assert.That(read.Problem, Is.EqualTo("the file is 104,857,600 bytes; an answer file is at most 1,048,576 bytes"));
    }

    [Test]
    public void A_file_that_grew_past_the_limit_while_it_was_read_is_refused()
    {
        var bytes = new byte[SubmissionReader.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)' ');
        var read = SubmissionReader.Read(new SubmissionFile("s.yaml", 600, DateTime.UnixEpoch), bytes);
        Assert.That(read.Problem, Is.EqualTo("the file grew past 1,048,576 bytes while it was read; an answer file is at most 1,048,576 bytes"));
    }

    [Test]
    public void Odd_but_readable_content_is_noted()
    {
        var s = Read("exam: cv\nstudent: [s1]\nextra: 1\nanswers:\n  \"1.a\": {x: 1}\n  \"1.a\": 2\n").Submission!;
        Assert.That(s.Notes, Is.EquivalentTo(new[] { "'1.a' is given twice; the first value counts", "unknown key 'extra' ignored", "'student' should be a single value; it was ignored" }));
        Assert.That(s.Answers["1.a"], Is.InstanceOf<AnswerNode.Unreadable>());
    }

    [Test]
    public void A_note_quotes_at_most_80_characters_of_a_key()
    {
        var key = new string('k', 1000); // YAML allows implicit keys up to 1,024 characters
        var s = Read($"exam: cv\n{key}: 1\n{key}: 2\nanswers:\n  \"1.a\": 1\n").Submission!;
        var cut = new string('k', 80) + "…";
        Assert.That(s.Notes, Is.EquivalentTo(new[] { $"'{cut}' is given twice; the first value counts", $"unknown key '{cut}' ignored" }));
    }

    [Test]
    public void Of_many_notes_of_one_kind_the_first_20_are_kept_and_one_counts_the_rest()
    {
        var text = new StringBuilder("exam: cv\n");
        for (var i = 0; i < 30; i++) text.Append(CultureInfo.InvariantCulture, $"extra{i:00}: 1\n");
        text.Append("answers:\n");
        for (var i = 1; i <= 25; i++) text.Append(CultureInfo.InvariantCulture, $"  \"{i}.a\": 1\n  \"{i}.a\": 2\n");
        for (var i = 1; i <= 22; i++) text.Append(CultureInfo.InvariantCulture, $"  \"{i}.b\": 1\n  \"{i}b\": 2\n");
        var notes = Read(text.ToString()).Submission!.Notes;

        Assert.That(notes.Count(n => n.StartsWith("unknown key", StringComparison.Ordinal)), Is.EqualTo(20));
        Assert.That(notes, Does.Contain("unknown key 'extra00' ignored"));
        Assert.That(notes, Does.Contain("10 more unknown keys were ignored"));
        Assert.That(notes.Count(n => n.EndsWith("is given twice; the first value counts", StringComparison.Ordinal)), Is.EqualTo(20));
        Assert.That(notes, Does.Contain("'1.a' is given twice; the first value counts"));
        Assert.That(notes, Does.Contain("5 more keys are given twice; the first value of each counts"));
        Assert.That(notes.Count(n => n.EndsWith("is answered twice; the first answer counts", StringComparison.Ordinal)), Is.EqualTo(20));
        Assert.That(notes, Does.Contain("part 1.b is answered twice; the first answer counts"));
        Assert.That(notes, Does.Contain("2 more parts are answered twice; the first answer of each counts"));
        Assert.That(notes, Has.Length.EqualTo(63));
    }
}
