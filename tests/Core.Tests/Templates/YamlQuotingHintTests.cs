using DeepExam.Builtins;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Templates;

/// <summary>The advice added to YAML's own message when an unquoted expression broke the file.</summary>
public class YamlQuotingHintTests
{
    [TestCase("    answer: p > q ? 1 : 2", "An expression with ' : ' (a conditional c ? a : b) must be quoted, or YAML reads ':' as a key: write answer: \"p > q ? 1 : 2\"")]
    [TestCase("  m: cfg == \"A\" ? 8 : 10", "An expression with ' : ' (a conditional c ? a : b) must be quoted, or YAML reads ':' as a key: write m: 'cfg == \"A\" ? 8 : 10'")]
    [TestCase("  - answer: x[1: 3]", "An expression with ': ' (a slice x[a: b]) must be quoted, or YAML reads ':' as a key: write answer: \"x[1: 3]\"")]
    [TestCase("    answer: [p, q][0]", "An expression that starts with '[' must be quoted, or YAML reads it as a list: write answer: \"[p, q][0]\"")]
    [TestCase("  - { id: a, answer: p > q ? p : q, points: 1 }", "Inside { ... } an expression that holds ':', ',', '[', ']', '{' or '}' (a conditional c ? a : b, a list, an index) must be quoted: write answer: \"...\"")]
    public void Says_how_to_quote_the_expression_on_the_line(string line, string hint) =>
        Assert.That(YamlQuotingHint.For(line), Is.EqualTo(hint));

    [TestCase("    answer: p + q")]
    [TestCase("  - { id: a, points: 1 ")]
    [TestCase("parts")]
    public void Says_nothing_about_a_line_without_such_an_expression(string line) =>
        Assert.That(YamlQuotingHint.For(line), Is.Null);

    [Test]
    public void An_unquoted_conditional_is_reported_at_its_place_with_the_quoted_form()
    {
        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 2\nid: t\ntitle: T\nparameters: { p: 1, q: 2 }\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: p > q ? p : q\n    points: 1\n", "t.yaml");
        Assert.That(result.Diagnostics.Single().ToString(), Is.EqualTo(
            "t.yaml:9:23: error DX1005: invalid YAML: While scanning a plain scalar value, found invalid mapping. "
            + "An expression with ' : ' (a conditional c ? a : b) must be quoted, or YAML reads ':' as a key: write answer: \"p > q ? p : q\""));
    }

    [Test]
    public void A_value_yaml_read_as_a_list_says_to_quote_it() =>
        Assert.That(new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 2\nid: t\ntitle: T\nparameters: { p: 1, q: 2 }\nparts:\n  - id: a\n    prompt: x\n    kind: shape\n    answer: [p, q]\n    points: 1\n", "t.yaml")
            .Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo(
            "t.yaml:9:13: error DX1401: [t] answer must be an expression written as text: quote it if it starts with '[' or '{', or holds ': ' (as a conditional c ? a : b does)"));
}
