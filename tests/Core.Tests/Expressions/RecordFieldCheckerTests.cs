using DeepExam.Builtins;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Expressions;

/// <summary>Field reads on parameters that hold records are checked when the template is loaded, at the field's column.</summary>
public class RecordFieldCheckerTests
{
    private const string Template = """
        schema: 2
        id: t
        title: T
        parameters:
          statement: { choice: [{ text: a, truth: true }, { text: b, truth: false }] }
          bank: { sample: 2, from: [{ text: a, truth: true }, { text: b, truth: false }, { text: c, truth: true }] }
          fixed: [{ n: 1 }, { n: 2 }]
        derived:
          first: bank[0]
          either: "statement.truth ? statement : first"
          rest: bank[1:]
        parts:
          - { id: a, prompt: x, kind: bool, answer: ANSWER, points: 1 }
        """;

    private static TemplateLoadResult Load(string answer) =>
        new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(Template.Replace("ANSWER", answer), "t.yaml");

    [TestCase("statement.truth")]
    [TestCase("bank[0].truth and bank[-1].truth")]
    [TestCase("first.truth")]
    [TestCase("either.truth")]
    [TestCase("rest[0].truth")]
    [TestCase("fixed[1].n == 2")]
    [TestCase("len(bank[0].text) == 1")]
    public void Reads_of_fields_that_exist_load(string answer) =>
        Assert.That(Load($"\"{answer}\"").Diagnostics.Select(d => d.ToString()), Is.Empty);

    [TestCase("statement.trut", "13:55", "DX1408", "answer: 'statement' has no field 'trut' (did you mean 'truth'?); its fields are text, truth",
        TestName = "A misspelt field of a choice of records")]
    [TestCase("\"bank[0].why\"", "13:54", "DX1408", "answer: this has no field 'why'; its fields are text, truth", TestName = "A field the bank's records lack")]
    [TestCase("first.truthy", "13:51", "DX1408", "answer: 'first' has no field 'truthy' (did you mean 'truth'?); its fields are text, truth",
        TestName = "A field of a derived value that copies a record")]
    [TestCase("bank.truth", "13:50", "DX1407", "answer: 'bank' is a list of records: pick one before reading '.truth', as in bank[0].truth",
        TestName = "A field read on the list a bank draws")]
    [TestCase("\"fixed[0].m\"", "13:55", "DX1408", "answer: this has no field 'm' (did you mean 'n'?); its fields are n", TestName = "A field of a fixed list of records")]
    public void A_field_that_does_not_exist_is_reported_at_its_column(string answer, string lineColumn, string code, string message) =>
        Assert.That(Load(answer).Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo($"t.yaml:{lineColumn}: error {code}: [t] {message}"));
}
