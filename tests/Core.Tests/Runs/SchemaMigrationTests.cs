using DeepExam.Builtins;
using DeepExam.Runs;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Runs;

/// <summary>The migrate command: schema-1 files rewritten in place as schema 2, everything else left alone.</summary>
public class SchemaMigrationTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-migrate-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private const string Schema1 = """
        # An instructor's exercise: comments and layout are kept.
        schema: 1
        id: old
        title: Old text
        parameters: { N: { int: [3, 9] }, bias: bool }
        parts:
          - id: a
            kind: integer
            answer: N * 2
            points: 1
            prompt: |
              Double {{N}}.
              {{#if bias}}
              With a bias.
              {{/if}}
            solution: "{{a}}"
        """;

    [Test]
    public void A_schema_1_file_is_rewritten_in_place_and_then_loads()
    {
        var file = Path.Combine(_work, "old.yaml");
        File.WriteAllText(file, Schema1);
        File.WriteAllText(Path.Combine(_work, "current.yaml"), Schema1.Replace("schema: 1", "schema: 2").Replace("{{#if bias}}", "{{ if bias }}").Replace("{{/if}}", "{{ end }}"));
        File.WriteAllText(Path.Combine(_work, "notes.yaml"), "just: notes\n");

        var results = SchemaMigration.Run([_work], check: false);

        Assert.That(results.Select(r => (Path.GetFileName(r.Path), r.Outcome)), Is.EqualTo(new[]
        {
            ("current.yaml", SchemaMigration.Outcome.AlreadyCurrent),
            ("notes.yaml", SchemaMigration.Outcome.NotAnExercise),
            ("old.yaml", SchemaMigration.Outcome.Migrated),
        }));
        Assert.That(results.SelectMany(r => r.Problems), Is.Empty);
        var migrated = File.ReadAllText(file);
        Assert.That(migrated, Does.StartWith("# An instructor's exercise: comments and layout are kept.\nschema: 2\n"));
        Assert.That(migrated, Does.Contain("  Double {{ N }}.\n      {{~ if bias ~}}\n      With a bias.\n      {{~ end ~}}\n"));
        Assert.That(new ExerciseTemplateLoader(BuiltinRegistry.Default).Load(file).Diagnostics, Is.Empty);
        Assert.That(Directory.GetFiles(_work).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "current.yaml", "notes.yaml", "old.yaml" }), "no temporary file left");
    }

    [Test]
    public void Check_says_what_would_change_and_writes_nothing()
    {
        var file = Path.Combine(_work, "old.yaml");
        File.WriteAllText(file, Schema1);
        var results = SchemaMigration.Run([file], check: true);
        Assert.That(results.Single().Outcome, Is.EqualTo(SchemaMigration.Outcome.WouldMigrate));
        Assert.That(File.ReadAllText(file), Is.EqualTo(Schema1));
    }

    [Test]
    public void What_needs_a_hand_is_listed_with_the_file()
    {
        var file = Path.Combine(_work, "old.yaml");
        File.WriteAllText(file, Schema1.Replace("Double {{N}}.", "Double {{#with N}}it{{/with}}."));
        var problems = SchemaMigration.Run([file], check: false).Single().Problems;
        Assert.That(problems, Has.Some.Contains("block helper '#with'"));
    }
}
