using DeepExam.Builtins;
using DeepExam.Kinds;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// docs/exercise.schema.json, which editors use to complete and check templates, against the bundled
/// exercises and against the loader: a template the loader accepts must pass the schema, and the
/// structural mistakes the loader rejects (unknown keys, wrong kinds, wrong domain forms) must fail it.
/// </summary>
public class ExerciseSchemaTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=../docs/exercise.schema.json";

    // Json.NET Schema's free licence allows 1000 validations an hour in one process; a run of these tests makes about 150.
    private static readonly Lazy<JSchema> Schema = new(() =>
        JSchema.Parse(File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "exercise.schema.json"))));

    private static readonly Lazy<JObject> SchemaJson = new(() =>
        JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "exercise.schema.json"))));

    public static IEnumerable<string> TemplateFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.Repository, "exercises"), "*.yaml").Select(Path.GetFileName).Order()!;

    private static string ExercisePath(string file) => Path.Combine(TestPaths.Repository, "exercises", file);

    private static IReadOnlyList<string> SchemaErrors(string yaml)
    {
        YamlToJson.Convert(yaml).IsValid(Schema.Value, out IList<ValidationError> errors);
        return [.. errors.SelectMany(Flatten)];
    }

    private static IEnumerable<string> Flatten(ValidationError error) =>
        error.ChildErrors.Count == 0 ? [$"{error.Path}: {error.Message}"] : error.ChildErrors.SelectMany(Flatten);

    private static bool LoaderAccepts(string yaml) =>
        new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml").Template is not null;

    [TestCaseSource(nameof(TemplateFiles))]
    public void Every_bundled_exercise_validates_against_the_schema(string file) =>
        Assert.That(SchemaErrors(File.ReadAllText(ExercisePath(file))), Is.Empty);

    [Test]
    public void The_example_exercise_init_writes_into_a_course_folder_validates_against_the_schema() =>
        Assert.That(SchemaErrors(File.ReadAllText(Path.Combine(TestPaths.Repository, "templates", "course", "exercises", "conv-output-width.yaml"))), Is.Empty);

    [TestCaseSource(nameof(TemplateFiles))]
    public void Every_bundled_exercise_starts_with_the_schema_line(string file) =>
        Assert.That(File.ReadLines(ExercisePath(file)).First(), Is.EqualTo(SchemaLine));

    [Test]
    public void The_schema_line_leaves_diagnostics_on_the_line_of_the_mistake()
    {
        var lines = File.ReadAllLines(ExercisePath("conv-layer-volume.yaml"));
        var at = Array.FindIndex(lines, l => l.Trim() == "kind: shape");
        lines[at] = lines[at].Replace("kind: shape", "kind: shap");

        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(string.Join('\n', lines), "conv-layer-volume.yaml");

        var diagnostic = result.Diagnostics.First(d => d.Message.StartsWith("unknown answer kind 'shap'", StringComparison.Ordinal));
        Assert.That((diagnostic.Location.Line, diagnostic.Location.Column), Is.EqualTo((at + 1, lines[at].IndexOf("shap", StringComparison.Ordinal) + 1)));
    }

    [Test]
    public void The_schema_lists_exactly_the_answer_kinds_the_loader_reads()
    {
        var kinds = SchemaJson.Value.SelectToken("$defs.part.properties.kind.enum")!.Values<string>();
        Assert.That(kinds, Is.EquivalentTo(AnswerKinds.ByName.Keys));
    }

    [Test]
    public void The_schema_reserves_exactly_the_names_of_the_builtin_functions()
    {
        var reserved = SchemaJson.Value.SelectToken("$defs.name.not.enum")!.Values<string>();
        Assert.That(reserved, Is.EquivalentTo(BuiltinRegistry.Default.All.Select(f => f.Name)),
            "a builtin was added or removed: update $defs.name in docs/exercise.schema.json");
    }

    [TestCaseSource(typeof(ExerciseSchemaCases), nameof(ExerciseSchemaCases.All))]
    public void The_schema_accepts_what_the_loader_accepts_and_rejects_its_structural_errors(ExerciseSchemaCase c)
    {
        var yaml = c.Apply();
        Assert.That(LoaderAccepts(yaml), Is.EqualTo(c.Accepted), $"the loader should {(c.Accepted ? "accept" : "reject")} this case");
        var errors = SchemaErrors(yaml);
        if (c.Accepted) Assert.That(errors, Is.Empty);
        else Assert.That(errors, Is.Not.Empty, "the schema should reject this case");
    }
}
