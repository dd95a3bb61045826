namespace DeepExam.Tests.Working;

public class SmoothActivationExplainersTests
{
    [TestCase("sigmoid(0)", @"\sigma(0) = \frac{1}{1 + e^{0}} \approx 0.5")]
    [TestCase("sigmoid_grad(-1)", @"\sigma'(-1) = \sigma(-1) (1 - \sigma(-1)) = 0.268941 \cdot (1 - 0.268941) \approx 0.196612")]
    [TestCase("tanh(1/2)", @"\tanh(\frac{1}{2}) = \frac{2}{1 + e^{-1}} - 1 \approx 0.462117")]
    [TestCase("tanh_grad(1/2)", @"\tanh'(\frac{1}{2}) = 1 - \tanh^2(\frac{1}{2}) = 1 - 0.462117^2 \approx 0.786448")]
    public void An_exact_input_is_put_into_the_sheets_definition(string answer, string formula)
    {
        var working = WorkingSheet.Working($$"""
            parts: [ { id: a, prompt: p, kind: approx, answer: "{{answer}}", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("$$" + formula + "$$"));
    }

    [Test]
    public void A_computed_input_keeps_its_name()
    {
        var working = WorkingSheet.Working("""
            derived: { o: "tanh(1/2)" }
            parts: [ { id: a, prompt: p, kind: approx, answer: "sigmoid(o)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\sigma(o) = \frac{1}{1 + e^{-0.462117}} \approx 0.613516$$"));
    }

    [Test]
    public void A_tensor_is_worked_entry_by_entry()
    {
        var working = WorkingSheet.Working("""
            derived: { z: "[0, 2]", s: "sigmoid(z)" }
            parts: [ { id: a, prompt: p, kind: vector, answer: s, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$s_{1} = \sigma(0) = \frac{1}{1 + e^{0}} \approx 0.5$$"));
        Assert.That(working, Does.Contain(@"$$s_{2} = \sigma(2) = \frac{1}{1 + e^{-2}} \approx 0.880797$$"));
    }

    [Test]
    public void Softmax_divides_each_exponential_by_their_sum()
    {
        // The builtin's documented example: softmax([1, 2, 3]) = [0.0900306, 0.244728, 0.665241].
        var working = WorkingSheet.Working("""
            derived: { z: "[1, 2, 3]", p: "softmax(z)" }
            parts: [ { id: a, prompt: p, kind: vector, answer: p, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\sum_j e^{z_j} = e^{1} + e^{2} + e^{3} \approx 2.71828 + 7.38906 + 20.0855 \approx 30.1929$$"));
        Assert.That(working, Does.Contain(@"$$p_{1} = \frac{2.71828}{30.1929} \approx 0.0900306$$"));
        Assert.That(working, Does.Contain(@"$$p_{3} = \frac{20.0855}{30.1929} \approx 0.665241$$"));
    }

    [Test]
    public void Softmax_of_large_logits_subtracts_the_largest_first()
    {
        var working = WorkingSheet.Working("""
            derived: { z: "[100, 101]", p: "softmax(z)" }
            parts: [ { id: a, prompt: p, kind: vector, answer: p, points: 1 } ]
            """);
        Assert.That(working, Does.Contain("$m = 101$"));
        Assert.That(working, Does.Contain(@"$$\sum_j e^{z_j - m} = e^{-1} + e^{0} \approx 0.367879 + 1 \approx 1.36788$$"));
        Assert.That(working, Does.Contain(@"$$p_{1} = \frac{0.367879}{1.36788} \approx 0.268941$$"));
    }
}
