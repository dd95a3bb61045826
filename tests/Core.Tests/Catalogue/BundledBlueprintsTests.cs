using DeepExam.Builtins;
using DeepExam.Exams;

namespace DeepExam.Tests.Catalogue;

/// <summary>Every bundled blueprint loads against the bundled exercises (pinned parameters included) and generates an exam.</summary>
public class BundledBlueprintsTests
{
    private static readonly Lazy<ExerciseLibrary> Library = new(() =>
        ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default));

    public static IEnumerable<string> BlueprintFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.Repository, "templates"), "*.yaml").Select(Path.GetFileName).Order()!;

    [TestCaseSource(nameof(BlueprintFiles))]
    public void Blueprint_loads_and_generates_an_exam(string file)
    {
        var blueprint = BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", file), Library.Value);
        var exam = new ExamGenerator(blueprint, Library.Value, "test-secret", renderText: false).Generate(new Student("s1", "S", "s1"));
        Assert.That(exam.Exercises, Has.Length.EqualTo(blueprint.Slots.Length));
    }
}
