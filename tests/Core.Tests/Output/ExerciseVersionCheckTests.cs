using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Grading.Runs;
using DeepExam.Output;
using DeepExam.Runs;

namespace DeepExam.Tests.Output;

public class ExerciseVersionCheckTests
{
    private string _course = "";
    private static string Bundled => Path.Combine(TestPaths.Repository, "exercises");
    private string Exercises => Path.Combine(_course, "exercises");
    private string Blueprint => Path.Combine(_course, "exam.yaml");
    private string Keys => Path.Combine(_course, "keys");

    [SetUp]
    public void CreateCourse()
    {
        _course = Directory.CreateTempSubdirectory("deepexam-course-").FullName;
        Directory.CreateDirectory(Exercises);
        File.Copy(Path.Combine(TestPaths.Repository, "templates", "course", "exercises", "conv-output-width.yaml"), Path.Combine(Exercises, "conv-output-width.yaml"));
        File.WriteAllText(Blueprint, "schema: 1\nid: e\ntitle: E\nexercises:\n  - exercise: conv-output-width\n    points: 2\n  - pool: [pooling-output-size, feature-map-chain]\n    points: 5\n");
        File.WriteAllText(Path.Combine(_course, "roster.csv"), "id,name\ns1,One\ns2,Two\n");
        Directory.CreateDirectory(Keys);
        var library = Library();
        var blueprint = BlueprintLoader.Load(Blueprint, library);
        File.WriteAllText(Path.Combine(Keys, ExerciseVersionsFile.Name), ExerciseVersionsFile.Write("e", ExerciseVersions.Of(blueprint, library)));
    }

    [TearDown]
    public void RemoveCourse() => Directory.Delete(_course, recursive: true);

    private ExerciseLibrary Library() => ExerciseLibrary.Open(Exercises, Bundled, BuiltinRegistry.Default);

    private ImmutableArray<string> Check()
    {
        var library = Library();
        return ExerciseVersionCheck.Run(Keys, BlueprintLoader.Load(Blueprint, library), library);
    }

    [Test]
    public void Unchanged_templates_pass_without_a_note()
    {
        Assert.That(Check(), Is.Empty);
    }

    [Test]
    public void A_course_exercise_edited_since_is_refused_naming_it_and_the_exercises_option()
    {
        File.AppendAllText(Path.Combine(Exercises, "conv-output-width.yaml"), "# an edit\n");

        var error = Assert.Throws<InputException>(() => Check());

        var problem = error!.Diagnostics.Single();
        Assert.That(problem.Subject, Is.EqualTo("conv-output-width"));
        Assert.That(problem.Location.File, Does.EndWith("conv-output-width.yaml"));
        Assert.That(problem.Message, Does.Contain("has changed since the exam was generated").And.Contain("--exercises pointing at a folder holding the course version used"));
    }

    [Test]
    public void A_bundled_exercise_shadowed_by_a_different_course_copy_is_refused_as_a_bundled_version_to_get_back()
    {
        File.WriteAllText(Path.Combine(Exercises, "feature-map-chain.yaml"),
            File.ReadAllText(Path.Combine(Bundled, "feature-map-chain.yaml")).Replace("title:", "# changed\ntitle:", StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => Check());

        Assert.That(error!.Diagnostics.Single().Subject, Is.EqualTo("feature-map-chain"));
        Assert.That(error.Diagnostics.Single().Message, Does.Contain("the bundled version used").And.Contain("dotnet tool install DeepExam --version"));
    }

    [Test]
    public void Keys_written_before_versions_were_recorded_are_graded_with_a_note()
    {
        File.Delete(Path.Combine(Keys, ExerciseVersionsFile.Name));

        var note = Check().Single();

        Assert.That(note, Does.Contain($"has no {ExerciseVersionsFile.Name}").And.Contain("graded as before"));
    }

    [Test]
    public void Keys_of_another_exam_are_refused()
    {
        File.WriteAllText(Path.Combine(Keys, ExerciseVersionsFile.Name), "exam: \"other\"\nexercises: []\n");

        var error = Assert.Throws<InputException>(() => Check());

        Assert.That(error!.Diagnostics.Single().Message, Is.EqualTo("these keys are of exam 'other', not of 'e'"));
    }

    [Test]
    public void Grading_against_a_template_edited_after_generation_writes_nothing()
    {
        if (!DeepExam.Pdf.DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DeepExam.Pdf.DejaVuFonts.Folder}");
        var generated = Path.Combine(_course, "out");
        ClassGeneration.Run(new GenerationRequest(Blueprint, Path.Combine(_course, "roster.csv"), Exercises, generated, "s", Force: false, BundledExercises: Bundled));
        File.AppendAllText(Path.Combine(Exercises, "conv-output-width.yaml"), "# an edit\n");
        var grades = Path.Combine(_course, "grades");

        var error = Assert.Throws<InputException>(() => GradingRun.Run(new GradingRequest(Blueprint, Path.Combine(_course, "roster.csv"), Exercises,
            Path.Combine(generated, "answer-sheets"), grades, "s", Force: false, FeedbackPdfs: false, BundledExercises: Bundled, KeysFolder: generated)));

        Assert.That(error!.Diagnostics.Single().Subject, Is.EqualTo("conv-output-width"));
        Assert.That(Directory.Exists(grades), Is.False);
    }
}
