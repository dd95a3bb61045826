using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Exams;

namespace DeepExam.Tests.Pdf;

/// <summary>The bundled demo exam, generated once for the test run for a few students of the demo roster.</summary>
internal static class DemoExams
{
    private static readonly Lazy<(ExamGenerator Generator, ImmutableArray<Student> Students)> Demo = new(() =>
    {
        var repo = TestPaths.Repository;
        var library = ExerciseLibrary.Load(Path.Combine(repo, "exercises"), BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Path.Combine(repo, "templates", "demo-exam.yaml"), library);
        var students = RosterLoader.Load(Path.Combine(repo, "templates", "demo-roster.csv"));
        return (new ExamGenerator(blueprint, library, "test-secret"), students);
    });

    public static StudentExam For(int student) => Demo.Value.Generator.Generate(Demo.Value.Students[student]);

    public static IEnumerable<StudentExam> First(int count) => Demo.Value.Students.Take(count).Select(s => Demo.Value.Generator.Generate(s));
}
