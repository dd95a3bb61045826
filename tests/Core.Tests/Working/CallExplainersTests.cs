using DeepExam.Builtins;
using DeepExam.Working;

namespace DeepExam.Tests.Working;

public class CallExplainersTests
{
    // An explainer is looked up by the name of the builtin a template calls: one registered under a misspelt or
    // renamed builtin would silently never run, and the solution sheet would lose its working.
    [Test]
    public void Every_explainer_is_registered_under_the_name_of_a_builtin()
    {
        var unknown = CallExplainers.Names.Where(name => !BuiltinRegistry.Default.TryGet(name, out _)).Order(StringComparer.Ordinal);
        Assert.That(unknown, Is.Empty);
    }

    // The check above passes vacuously if no explainer registers; these are ones the solution sheets rely on.
    [TestCase("conv_out")]
    [TestCase("conv2d")]
    [TestCase("cross_entropy_grad")]
    public void A_builtin_the_solution_sheets_explain_has_an_explainer(string name) =>
        Assert.That(CallExplainers.Explains(name), Is.True);
}
