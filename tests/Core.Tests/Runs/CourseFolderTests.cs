using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Runs;

namespace DeepExam.Tests.Runs;

public class CourseFolderTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-init-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private static string Skeleton => Path.Combine(TestPaths.Repository, "templates", "course");
    private static string Schema => Path.Combine(TestPaths.Repository, "docs", "exercise.schema.json");

    [Test]
    public void Creates_the_example_exercise_blueprint_roster_readme_gitignore_and_schema()
    {
        var course = Path.Combine(_work, "cv1");

        var files = CourseFolder.Create(course, Skeleton, Schema);

        var expected = new[] { ".gitignore", "README.md", "exam.yaml", "exercise.schema.json", "exercises/conv-output-width.yaml", "roster.csv" };
        Assert.That(files, Is.EqualTo(expected));
        Assert.That(Directory.GetFiles(course, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(course, f)).Order(StringComparer.Ordinal), Is.EqualTo(expected));
        Assert.That(File.ReadAllLines(Path.Combine(course, ".gitignore")), Does.Contain("out/").And.Contain("secret.txt"));
        Assert.That(File.ReadAllBytes(Path.Combine(course, "exercise.schema.json")), Is.EqualTo(File.ReadAllBytes(Schema)));
        Assert.That(Directory.GetFileSystemEntries(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "cv1" }), "no staging folder is left beside it");
    }

    [Test]
    public void The_example_exercise_names_the_schema_by_a_path_that_exists_from_where_it_is()
    {
        var course = Path.Combine(_work, "cv1");
        CourseFolder.Create(course, Skeleton, Schema);
        var example = Path.Combine(course, "exercises", "conv-output-width.yaml");

        var first = File.ReadLines(example).First();

        Assert.That(first, Does.StartWith("# yaml-language-server: $schema="));
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(example)!, first["# yaml-language-server: $schema=".Length..]));
        Assert.That(schema, Is.EqualTo(Path.Combine(course, "exercise.schema.json")));
    }

    [Test]
    public void The_blueprint_uses_the_local_exercise_and_bundled_ones_and_all_of_them_validate()
    {
        var course = Path.Combine(_work, "cv1");
        CourseFolder.Create(course, Skeleton, Schema);
        var library = ExerciseLibrary.Open(Path.Combine(course, "exercises"), Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);

        var blueprint = BlueprintLoader.Load(Path.Combine(course, "exam.yaml"), library);
        var used = blueprint.Slots.SelectMany(s => s.Pool).ToList();

        Assert.That(used.Where(id => !library.IsBundled(id)), Is.EqualTo(new[] { "conv-output-width" }));
        Assert.That(used.Count(library.IsBundled), Is.GreaterThanOrEqualTo(1));
        var example = TemplateValidation.Validate(library["conv-output-width"], 200);
        Assert.That(example.Errors, Is.Empty);
        Assert.That(example.Passed, Is.True);
        Assert.That(RosterLoader.Load(Path.Combine(course, "roster.csv")), Has.Length.GreaterThan(0));
    }

    [Test]
    public void An_existing_empty_folder_is_filled()
    {
        var course = Directory.CreateDirectory(Path.Combine(_work, "empty")).FullName;

        CourseFolder.Create(course, Skeleton, Schema);

        Assert.That(File.Exists(Path.Combine(course, "exam.yaml")), Is.True);
    }

    [Test]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var course = Directory.CreateDirectory(Path.Combine(_work, "mine")).FullName;
        File.WriteAllText(Path.Combine(course, "notes.txt"), "mine");

        var error = Assert.Throws<InputException>(() => CourseFolder.Create(course, Skeleton, Schema));

        Assert.That(error!.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.CourseFolderNotEmpty));
        Assert.That(Directory.GetFileSystemEntries(course), Is.EqualTo(new[] { Path.Combine(course, "notes.txt") }));
        Assert.That(File.ReadAllText(Path.Combine(course, "notes.txt")), Is.EqualTo("mine"));
    }
}
