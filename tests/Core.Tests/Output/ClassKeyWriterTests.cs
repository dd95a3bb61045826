using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Output;

namespace DeepExam.Tests.Output;

public class ClassKeyWriterTests
{
    [Test]
    public void Negative_answers_stay_numbers_and_names_that_start_like_formulas_are_neutralised()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", "cv-final-exam.yaml"), library);
        var generator = new ExamGenerator(blueprint, library, "x", renderText: false);
        StudentExam[] exams = [generator.Generate(new Student("t1", "=HYPERLINK(\"http://x\")", "t1")), generator.Generate(new Student("t2", "-Turing", "t2"))];
        using var text = new StringWriter();
        using (var key = new ClassKeyWriter(text))
            foreach (var exam in exams) key.Write(exam);

        var rows = CsvRows.Parse(text.ToString()).Skip(1).ToList();
        var expected = exams.SelectMany(e => e.Parts.Select(p => AnswerText.Format(p.Answer))).ToList();
        Assert.That(rows.Select(r => r[8]), Is.EqualTo(expected), "every answer exactly as formatted");
        Assert.That(rows.Select(r => r[8]).Where(a => a.StartsWith('-')), Does.Contain("-1/50"), "this secret gives negative answers, written without a prefix");
        Assert.That(rows.Select(r => r[1]).Distinct(), Is.EqualTo(new[] { "'=HYPERLINK(\"http://x\")", "'-Turing" }));
        Assert.That(rows.Select(r => r[7]), Has.All.Not.StartWith("'"), "points are figures");
    }
}
