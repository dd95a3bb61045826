using DeepExam.Builtins;
using DeepExam.Templates.Domains;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Templates;

/// <summary>The bank form <c>{ sample: k, from: [...] }</c>: what it reads, and each problem at its file:line:column.</summary>
public class ParameterDomainReaderTests
{
    private static TemplateLoadResult Load(string parameter) =>
        new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            $"schema: 2\nid: t\ntitle: T\nparameters:\n{parameter}\nparts:\n  - {{ id: a, prompt: x, kind: integer, answer: \"1\", points: 1 }}\n", "t.yaml");

    [Test]
    public void A_bank_draws_k_of_its_items()
    {
        var result = Load("  s: { sample: 2, from: [{ t: a }, { t: b }, { t: c }] }");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var domain = (SampleDomain)result.Template!.Parameters[0].Domain;
        Assert.That((domain.Count, domain.Bank.Length, domain.Size), Is.EqualTo((2, 3, 6.0)));
    }

    [TestCase("  s: { sample: 4, from: [1, 2, 3] }", "5:16", "DX1207", "cannot draw 4 distinct items from a bank of 3", TestName = "More items than the bank holds")]
    [TestCase("  s: { sample: 2, from: [{ t: a }, { t: b }, { t: a }] }", "5:46", "DX1206",
        "this item repeats item 1 of 'from': a bank draws distinct items, so list each once", TestName = "An item listed twice")]
    [TestCase("  s: { sample: 0, from: [1, 2] }", "5:16", "DX1011", "'sample' must be a whole number from 1, got '0'", TestName = "Drawing no item")]
    [TestCase("  s: { sample: 1 }", "5:6", "DX1009", "'from' is required", TestName = "A bank without from")]
    [TestCase("  s: { sample: 1, from: [] }", "5:25", "DX1205", "'from' needs at least one item to draw", TestName = "An empty bank")]
    [TestCase("  s: { sample: 1, from: 3 }", "5:25", "DX1014", "'from' must be a list", TestName = "A bank that is not a list")]
    [TestCase("  s: { choice: [1, 2], from: [1] }", "5:24", "DX1016", "unknown key 'from' in a parameter", TestName = "from without sample")]
    [TestCase("  s: { sample: 1, choice: [1, 2], from: [1] }", "5:6", "DX1201", "a parameter takes one of int, choice, bool, rational, vector, matrix, tensor, sample, not choice and sample", TestName = "A bank and a choice at once")]
    public void Reports_a_bank_problem_at_its_place(string parameter, string lineColumn, string code, string message)
    {
        var result = Load(parameter);
        Assert.That(result.Template, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo($"t.yaml:{lineColumn}: error {code}: [t] {message}"));
    }
}
