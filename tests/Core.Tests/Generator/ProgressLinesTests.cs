using DeepExam.Generator;
using DeepExam.Runs;

namespace DeepExam.Tests.Generator;

public class ProgressLinesTests
{
    private static string[] Lines(int total, IEnumerable<int> reports)
    {
        var output = new StringWriter();
        var lines = new ProgressLines(output);
        foreach (var done in reports) lines.Report(new GenerationProgress(done, total));
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public void Writes_a_line_for_each_tenth_of_the_class()
    {
        var lines = Lines(1000, Enumerable.Range(1, 100).Select(i => 10 * i));
        Assert.That(lines, Is.EqualTo(Enumerable.Range(1, 10).Select(i => $"generated {100 * i}/1000 students")));
    }

    [Test]
    public void A_small_class_ends_on_its_last_student_and_repeats_nothing()
    {
        var lines = Lines(3, [1, 1, 2, 3, 3]);
        Assert.That(lines, Is.EqualTo(new[] { "generated 1/3 students", "generated 2/3 students", "generated 3/3 students" }));
    }
}
