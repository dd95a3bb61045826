using DeepExam.Exams;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Tests.Grading;

public class StatisticsCollectorTests
{
    private static PartGrade Part(string key, PartStatus status, int points, string given, string? matched = null) =>
        new(key, AnswerKind.Integer, status, points, 2, given, "42", [], matched,
            status == PartStatus.Correct ? PartVerdict.Correct : PartVerdict.Wrong);

    // Six students; slot 2 is a pool, so its exercise depends on the student.
    private static readonly (StudentGrade Grade, string[] Exercises)[] Class =
    [
        (Student(0, Part("1.a", PartStatus.Correct, 2, "42"), Part("2.a", PartStatus.Incorrect, 0, "[1, 2]")), ["conv", "fc"]),
        (Student(1, Part("1.a", PartStatus.Incorrect, 0, "41", "off by one"), Part("2.a", PartStatus.Incorrect, 0, "[1,2]", "transposed")), ["conv", "fc"]),
        (Student(2, Part("1.a", PartStatus.Partial, 1, "4 1"), Part("2.a", PartStatus.Correct, 2, "7")), ["conv", "local"]),
        (Student(3, Part("1.a", PartStatus.Unanswered, 0, ""), Part("2.a", PartStatus.Incorrect, 0, "[1 ,2]")), ["conv", "fc"]),
        (Student(4, Part("1.a", PartStatus.Incorrect, 0, "40"), Part("2.a", PartStatus.Correct, 2, "9")), ["conv", "fc"]),
        (new StudentGrade(new Student("s5", "S5", "s5"), SubmissionStatus.Missing, null, [Part("1.a", PartStatus.Unanswered, 0, ""), Part("2.a", PartStatus.Unanswered, 0, "")], []), ["conv", "fc"]),
    ];

    private static StudentGrade Student(int i, params PartGrade[] parts) =>
        new(new Student($"s{i}", $"S{i}", $"s{i}"), SubmissionStatus.Graded, $"s{i}.yaml", [.. parts], []);

    private static string Collect(IEnumerable<int> order, bool parallel)
    {
        var collector = new StatisticsCollector();
        void Add(int i) => collector.Add(i, Class[i].Grade, PrintedPoints.Of(Class[i].Grade), slot => Class[i].Exercises[slot - 1]);
        if (parallel) Parallel.ForEach(order, Add);
        else foreach (var i in order) Add(i);
        return StatisticsWriter.Write(collector.Build());
    }

    [Test]
    public void Counts_each_exercise_of_a_pool_apart_and_leaves_out_missing_students()
    {
        var collector = new StatisticsCollector();
        for (var i = 0; i < Class.Length; i++) collector.Add(i, Class[i].Grade, PrintedPoints.Of(Class[i].Grade), slot => Class[i].Exercises[slot - 1]);
        var stats = collector.Build();
        Assert.That(stats.Select(s => (s.Exercise, s.Part, s.Submissions, s.Answered)),
            Is.EqualTo(new[] { ("conv", "a", 5, 4), ("fc", "a", 4, 4), ("local", "a", 1, 1) }));
        var conv = stats[0];
        Assert.That(conv.MeanShare, Is.EqualTo(0.3).Within(1e-12)); // (1 + 0 + 1/2 + 0 + 0) / 5
        Assert.That(conv.FullMarksShare, Is.EqualTo(0.2));
        // "41" and "4 1" are one answer up to spacing, shown as the first student in the roster wrote it.
        Assert.That(conv.CommonWrongAnswers.Select(w => (w.Answer, w.Count, w.Matched)),
            Is.EqualTo(new[] { ("41", 2, (string?)"off by one"), ("40", 1, null) }));
        Assert.That(stats[1].CommonWrongAnswers.Single(), Is.EqualTo(new CommonWrongAnswer("[1, 2]", 3, "transposed")));
    }

    [Test]
    public void The_result_does_not_depend_on_the_order_or_the_threads_students_are_added_from()
    {
        var inOrder = Collect(Enumerable.Range(0, Class.Length), parallel: false);
        Assert.That(Collect([5, 3, 1, 4, 2, 0], parallel: false), Is.EqualTo(inOrder));
        for (var round = 0; round < 20; round++)
            Assert.That(Collect(Enumerable.Range(0, Class.Length).Reverse(), parallel: true), Is.EqualTo(inOrder));
    }
}
