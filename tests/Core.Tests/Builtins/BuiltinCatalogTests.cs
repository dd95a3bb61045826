using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Generator;
using DeepExam.Values;

namespace DeepExam.Tests.Builtins;

/// <summary>The registry as a whole: every example is right, every builtin is documented, docs/builtins.md is current.</summary>
public class BuiltinCatalogTests
{
    public static IEnumerable<TestCaseData> Examples() =>
        BuiltinRegistry.Default.All.SelectMany(f => f.Examples.Select(e =>
            new TestCaseData(e.Expression, e.Result).SetName($"Example {e.Expression}")));

    [TestCaseSource(nameof(Examples))]
    public void Every_documented_example_evaluates_to_its_result(string expression, string result)
    {
        var parsed = ExpressionParser.Parse(expression);
        Assert.That(parsed.Diagnostics, Is.Empty);
        var value = new ExpressionEvaluator(BuiltinRegistry.Default).Evaluate(parsed.Root!, new Dictionary<string, Value>());
        Assert.That(value.ToString(), Is.EqualTo(result));
    }

    [Test]
    public void Every_builtin_has_a_summary_a_category_and_an_example()
    {
        var lacking = BuiltinRegistry.Default.All
            .Where(f => string.IsNullOrWhiteSpace(f.Summary) || f.Examples.IsEmpty || f.Category == "general")
            .Select(f => f.Name);
        Assert.That(lacking, Is.Empty);
    }

    [Test]
    public void The_builtin_reference_in_docs_is_up_to_date()
    {
        var path = Path.Combine(TestPaths.Repository, "docs", "builtins.md");
        var expected = BuiltinReference.Markdown(BuiltinRegistry.Default);
        Assert.That(File.Exists(path) ? File.ReadAllText(path) : "", Is.EqualTo(expected),
            "regenerate it: dotnet run --project src/Generator -- builtins --out docs/builtins.md");
    }

    [TestCase("conv_out")]
    [TestCase("pool_out")]
    [TestCase("conv_transpose_out")]
    [TestCase("fc_params")]
    [TestCase("conv2d_params")]
    [TestCase("conv3d_params")]
    [TestCase("locally_connected_params")]
    [TestCase("batchnorm_params")]
    [TestCase("conv_macs")]
    [TestCase("receptive_field")]
    [TestCase("effective_stride")]
    [TestCase("trace")]
    [TestCase("receptive_fields")]
    [TestCase("Residual")]
    [TestCase("Dropout")]
    [TestCase("conv1d_grad_input")]
    [TestCase("conv1d_grad_weight")]
    [TestCase("conv3d_grad_input")]
    [TestCase("conv3d_grad_weight")]
    [TestCase("conv1d")]
    [TestCase("conv2d")]
    [TestCase("conv3d")]
    [TestCase("conv2d_grad_input")]
    [TestCase("conv2d_grad_weight")]
    [TestCase("conv_transpose2d")]
    [TestCase("maxpool2d")]
    [TestCase("avgpool2d")]
    [TestCase("maxpool2d_backward")]
    [TestCase("avgpool2d_backward")]
    [TestCase("relu")]
    [TestCase("relu_grad")]
    [TestCase("leaky_relu")]
    [TestCase("leaky_relu_grad")]
    [TestCase("sigmoid")]
    [TestCase("tanh")]
    [TestCase("softmax")]
    [TestCase("matmul")]
    [TestCase("transpose")]
    [TestCase("solve")]
    [TestCase("recover_filter1d")]
    [TestCase("mse")]
    [TestCase("mse_grad")]
    [TestCase("cross_entropy")]
    [TestCase("cross_entropy_grad")]
    [TestCase("sgd_linear")]
    [TestCase("floor")]
    [TestCase("ceil")]
    [TestCase("min")]
    [TestCase("max")]
    [TestCase("abs")]
    [TestCase("sum")]
    [TestCase("prod")]
    [TestCase("mean")]
    public void The_solver_provides_the_builtins_the_foundation_requires(string name) =>
        Assert.That(BuiltinRegistry.Default.TryGet(name, out _), Is.True);
}
