using DeepExam.Builtins;
using DeepExam.Templates.Domains;
using DeepExam.Templates.Loading;
using DeepExam.Values;

namespace DeepExam.Tests.Templates;

/// <summary>Records written in a template: how they are read, and each problem at its file:line:column.</summary>
public class RecordReaderTests
{
    private static TemplateLoadResult Load(string parameters, string answer = "\"1\"") =>
        new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            $"schema: 2\nid: t\ntitle: T\nparameters:\n{parameters}\nparts:\n  - {{ id: a, prompt: x, kind: integer, answer: {answer}, points: 1 }}\n", "t.yaml");

    private const string Statements = """
          statement:
            choice:
              - text: Pooling layers learn no weights.
                truth: true
                why: Pooling is a fixed function of its window.
              - { why: "ReLU is max(0, x): nothing to learn.", text: ReLU has one weight per unit., truth: false }
        """;

    [Test]
    public void A_choice_of_mappings_is_a_choice_of_records_with_the_first_records_field_order()
    {
        var result = Load(Statements);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var options = ((ChoiceDomain)result.Template!.Parameters[0].Domain).Options;
        Assert.That(options.Select(o => o.ToString()), Is.EqualTo(new[]
        {
            "record(text=\"Pooling layers learn no weights.\", truth=true, why=\"Pooling is a fixed function of its window.\")",
            "record(text=\"ReLU has one weight per unit.\", truth=false, why=\"ReLU is max(0, x): nothing to learn.\")",
        }));
        Assert.That(options[0].Describe(), Is.EqualTo("a record"));
    }

    [Test]
    public void Field_values_are_literals_read_as_a_fixed_value_is()
    {
        var result = Load("  r: [{ n: 0.5, q: \"0.5\", ok: true, dims: [28, 28, 5], empty: }]");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var list = (ListValue)((ChoiceDomain)result.Template!.Parameters[0].Domain).Options.Single();
        Assert.That(list.Items.Single().ToString(), Is.EqualTo("record(n=1/2, q=\"0.5\", ok=true, dims=[28, 28, 5], empty=\"\")"));
    }

    [TestCase("  s: { choice: [{ a: 1, b: 2 }, { a: 3 }] }", "5:33", "DX1216",
        "every record of a list has the fields of the first (a, b), but this one lacks 'b'", TestName = "A record that lacks a field of the first")]
    [TestCase("  s: { choice: [{ a: 1, b: 2 }, { a: 3, bb: 4 }] }", "5:33", "DX1216",
        "every record of a list has the fields of the first (a, b), but this one lacks 'b' and has 'bb' (did you mean 'b'?)", TestName = "A record with a misspelt field")]
    [TestCase("  s: { choice: [{ truth: true }, { truth: ture }] }", "5:43", "DX1217",
        "field 'truth' is true/false in the first record but text here", TestName = "A field of another sort than in the first record")]
    [TestCase("  s: { choice: [{ a: 1 }, 2] }", "5:27", "DX1211",
        "a list that holds records holds only records, but this item is an integer", TestName = "A value among records")]
    [TestCase("  s: { choice: [{ 1x: 1 }] }", "5:19", "DX1212",
        "field name '1x' is not a valid name: use letters, digits and '_', starting with a letter, so that an expression can read it as .1x", TestName = "A field name that is not a name")]
    [TestCase("  s: { choice: [{ a: { b: 1 } }] }", "5:22", "DX1213",
        "field 'a' must be a number, text, true/false or a list: records do not nest", TestName = "A record inside a record")]
    [TestCase("  s: { choice: [{}] }", "5:17", "DX1214",
        "a record needs at least one field, e.g. { text: ..., truth: true }", TestName = "An empty record")]
    [TestCase("  s: { choice: [{ a: 1, a: 2 }] }", "5:25", "DX1005", "invalid YAML: Duplicate key a", TestName = "A field given twice")]
    [TestCase("  s: { choice: [[{ a: 1 }]] }", "5:18", "DX1215", "expected a number, a word, true/false or a list", TestName = "A record inside a list item")]
    public void Reports_a_record_problem_at_its_place(string parameters, string lineColumn, string code, string message)
    {
        var result = Load(parameters);
        Assert.That(result.Template, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToString().Replace(" [t]", "")), Has.Some.EqualTo($"t.yaml:{lineColumn}: error {code}: {message}"));
    }
}
