using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using NUnit.Framework;

namespace DeepExam.Tests.Builtins.Tensors;

public class BuiltinExampleTests
{
    public static IEnumerable<TestCaseData> Examples() =>
        TensorBuiltins.Registry.All.SelectMany(f => f.Examples.Select(e =>
            new TestCaseData(e.Expression, e.Result).SetName($"{f.Name}: {e.Expression}")));

    [TestCaseSource(nameof(Examples))]
    public void Example_evaluates_to_its_documented_result(string expression, string result)
    {
        Assert.That(TensorBuiltins.Evaluate(expression).ToString(), Is.EqualTo(result));
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_evaluates_to_its_documented_result_through_the_expression_language(string expression, string result)
    {
        var parsed = ExpressionParser.Parse(expression);
        Assert.That(parsed.Diagnostics, Is.Empty);
        var value = new ExpressionEvaluator(TensorBuiltins.Registry).Evaluate(parsed.Root!, new Dictionary<string, DeepExam.Values.Value>());
        Assert.That(value.ToString(), Is.EqualTo(result));
    }

    [Test]
    public void Every_builtin_has_a_summary_and_an_example()
    {
        var lacking = TensorBuiltins.Registry.All.Where(f => f.Summary.Length == 0 || f.Examples.Length == 0).Select(f => f.Name);
        Assert.That(lacking, Is.Empty);
    }

    [Test]
    public void Catalog_registers_the_tensor_builtins_without_name_clashes()
    {
        var catalog = BuiltinCatalog.Build();
        var missing = TensorBuiltins.Registry.All.Where(f => !catalog.TryGet(f.Name, out _)).Select(f => f.Name);
        Assert.That(missing, Is.Empty);
    }
}
