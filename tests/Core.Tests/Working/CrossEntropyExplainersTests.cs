namespace DeepExam.Tests.Working;

public class CrossEntropyExplainersTests
{
    [Test]
    public void The_gradient_is_minus_y_over_p_entry_by_entry()
    {
        // The builtin's documented example: cross_entropy_grad([1/4, 3/4], [0, 1]) = [0, −4/3].
        var working = WorkingSheet.Working("""
            derived: { p: "[1/4, 3/4]", y: "[0, 1]" }
            parts: [ { id: a, prompt: p, kind: vector, answer: "cross_entropy_grad(p, y)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\frac{\partial H}{\partial p_{1}} = -\frac{y_{1}}{p_{1}} = -0 \div \frac{1}{4} = 0$$"));
        Assert.That(working, Does.Contain(@"$$\frac{\partial H}{\partial p_{2}} = -\frac{y_{2}}{p_{2}} = -1 \div \frac{3}{4} = -\frac{4}{3}$$"));
    }

    [Test]
    public void A_one_hot_loss_is_minus_the_log_of_the_true_class()
    {
        // −log(3/4) = 0.287682.
        var working = WorkingSheet.Working("""
            derived: { p: "[1/4, 3/4]", y: "[0, 1]" }
            parts: [ { id: a, prompt: p, kind: approx, answer: "cross_entropy(p, y)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$-\sum_i y_i \log p_i = -\log \frac{3}{4} \approx 0.287682$$"));
    }

    [Test]
    public void A_soft_label_loss_weighs_every_log_by_its_label()
    {
        // −(½ log ¼ + ½ log ¾) = ½ (1.386294 + 0.287682) = 0.836988.
        var working = WorkingSheet.Working("""
            derived: { p: "[1/4, 3/4]", y: "[1/2, 1/2]" }
            parts: [ { id: a, prompt: p, kind: approx, answer: "cross_entropy(p, y)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"= -\left( \frac{1}{2} \log \frac{1}{4} + \frac{1}{2} \log \frac{3}{4} \right) \approx 0.836988$$"));
    }

    [Test]
    public void The_gradient_through_a_softmax_is_p_minus_y_after_the_softmax()
    {
        // The builtin's documented example: softmax_cross_entropy_grad([0, 0], [0, 1]) = [0.5, −0.5].
        var working = WorkingSheet.Working("""
            derived: { z: "[0, 0]", y: "[0, 1]" }
            parts: [ { id: a, prompt: p, kind: vector, answer: "softmax_cross_entropy_grad(z, y)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$p_{1} = \frac{1}{2} \approx 0.5$$"));
        Assert.That(working, Does.Contain(@"$$\frac{\partial H}{\partial z_{2}} = p_{2} - y_{2} = 0.5 - 1 \approx -0.5$$"));
    }
}
