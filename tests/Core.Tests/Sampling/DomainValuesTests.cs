using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Sampling;

/// <summary>Every value a domain can draw, each once, for enumerating small variant spaces; and how it agrees with sampling.</summary>
public class DomainValuesTests
{
    private static ExerciseTemplate Template(string parameters)
    {
        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            $"schema: 2\nid: t\ntitle: T\nparameters:\n{parameters}\nparts: [ {{ id: p, prompt: x, kind: integer, answer: '1', points: 1 }} ]\n", "t.yaml");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return result.Template!;
    }

    [TestCase("{ int: [16, 40], step: 8 }", "16 24 32 40", TestName = "An int range with a step")]
    [TestCase("{ choice: [3, 5, 3, 0.5, 1/2] }", "3 5 1/2", TestName = "A choice lists each value once")]
    [TestCase("bool", "false true", TestName = "A bool")]
    [TestCase("7", "7", TestName = "A fixed value")]
    [TestCase("{ rational: [0, 1], denominators: [2, 4] }", "0 1/4 1/2 3/4 1", TestName = "Fractions reachable with two denominators once, in order")]
    [TestCase("{ vector: 2, range: [-1, 1], nonzero: true }", "[-1, -1] [-1, 1] [1, -1] [1, 1]", TestName = "A small vector, the last cell fastest")]
    [TestCase("{ sample: 2, from: [a, b, c] }", "[\"a\", \"b\"] [\"a\", \"c\"] [\"b\", \"a\"] [\"b\", \"c\"] [\"c\", \"a\"] [\"c\", \"b\"]", TestName = "A bank's ordered draws, in the bank's order")]
    [TestCase("{ choice: [{ t: a }, { t: b }, { t: a }] }", "record(t=\"a\") record(t=\"b\")", TestName = "A choice of records lists each record once")]
    public void Lists_every_value_a_domain_draws_once(string domain, string values) =>
        Assert.That(string.Join(" ", DomainValues.All(Template($"  v: {domain}").Parameters[0].Domain, 1000)!.Value), Is.EqualTo(values));

    [TestCase("{ int: [1, 1001] }", TestName = "An int range past the limit")]
    [TestCase("{ rational: [-1000, 1000], denominators: [1] }", TestName = "Fractions past the limit")]
    [TestCase("{ matrix: [3, 3], range: [0, 3] }", TestName = "A matrix with 4^9 values")]
    [TestCase("{ sample: 4, from: [1, 2, 3, 4, 5, 6, 7, 8] }", TestName = "A bank with 8·7·6·5 = 1680 draws")]
    public void A_domain_past_the_limit_is_not_listed(string domain) =>
        Assert.That(DomainValues.All(Template($"  v: {domain}").Parameters[0].Domain, 1000), Is.Null);

    [Test]
    public void The_space_holds_exactly_the_variants_sampling_draws()
    {
        var template = Template("  a: { int: [1, 3] }\n  r: { rational: [0, 1], denominators: [2, 4] }\n  v: { vector: 2, range: [0, 1] }\n  f: bool");
        var space = ParameterSpace.Of(template, 1000)!;
        Assert.That(space.Count, Is.EqualTo(3 * 5 * 4 * 2));
        var evaluator = new CombinationEvaluator(new ExpressionEvaluator(BuiltinRegistry.Default));
        var enumerated = Enumerable.Range(0, space.Count).Select(i => evaluator.Evaluate(template, space.Combination(i)).Variant!.Fingerprint).ToHashSet();
        var sampler = new VariantSampler(new ExpressionEvaluator(BuiltinRegistry.Default));
        var sampled = Enumerable.Range(0, 3000).Select(i => sampler.Sample(template, VariantSeed.Random("e", "k", $"s{i}", "1")).Fingerprint).ToHashSet();
        Assert.That(sampled, Is.EquivalentTo(enumerated));
    }

    [Test]
    public void The_space_of_a_bank_holds_exactly_the_draws_sampling_makes()
    {
        var template = Template("  s: { sample: 2, from: [{ t: a }, { t: b }, { t: c }, { t: d }] }\n  r: { choice: [{ q: 1 }, { q: 2 }] }");
        var space = ParameterSpace.Of(template, 1000)!;
        Assert.That(space.Count, Is.EqualTo(4 * 3 * 2));
        var evaluator = new CombinationEvaluator(new ExpressionEvaluator(BuiltinRegistry.Default));
        var enumerated = Enumerable.Range(0, space.Count).Select(i => evaluator.Evaluate(template, space.Combination(i)).Variant!.Fingerprint).ToHashSet();
        Assert.That(enumerated, Has.Count.EqualTo(space.Count));
        var sampler = new VariantSampler(new ExpressionEvaluator(BuiltinRegistry.Default));
        var sampled = Enumerable.Range(0, 1000).Select(i => sampler.Sample(template, VariantSeed.Random("e", "k", $"s{i}", "1")).Fingerprint).ToHashSet();
        Assert.That(sampled, Is.EquivalentTo(enumerated));
    }

    [Test]
    public void A_space_past_the_limit_is_not_enumerated() =>
        Assert.That(ParameterSpace.Of(Template("  a: { int: [1, 40] }\n  b: { int: [1, 30] }"), 1000), Is.Null);
}
