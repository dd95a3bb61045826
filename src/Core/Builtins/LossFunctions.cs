using DeepExam.Builtins.Tensors;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>
/// Losses, their gradients, and one SGD step of a linear model. The algorithms live in
/// <see cref="Losses"/> and <see cref="LinearSgdStep"/>; this file binds them to names, parameters and examples.
/// </summary>
public static class LossFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Losses";
        b.Add("mse", "Squared error Σ (pred − target)², reduced by reduction: \"mean\" (÷ number of entries), \"sum\", or \"half_sum\" (½Σ). Exact.",
            [Required("pred", "number or tensor"), Required("target", "number or tensor"), Optional("reduction", "string", Value.Of("mean"))],
            [new("mse([1, 2, 3], [1, 0, 0])", "13/3"), new("mse([1, 2, 3], [1, 0, 0], reduction=\"half_sum\")", "13/2")],
            a => Value.Of(Losses.Mse(Operand(a, "pred"), Operand(a, "target"), MseReductions.Parse(a.String("reduction")))));
        b.Add("mse_grad", "∂mse/∂pred for the same reductions: 2(pred − target)/N for \"mean\", 2(pred − target) for \"sum\", pred − target for \"half_sum\". Exact.",
            [Required("pred", "number or tensor"), Required("target", "number or tensor"), Optional("reduction", "string", Value.Of("mean"))],
            [new("mse_grad([1, 2, 3], [1, 0, 0])", "[0, 4/3, 2]"), new("mse_grad([1, 2, 3], [1, 0, 0], reduction=\"half_sum\")", "[0, 2, 3]")],
            a =>
            {
                var grad = Losses.MseGrad(Operand(a, "pred"), Operand(a, "target"), MseReductions.Parse(a.String("reduction")));
                return a["pred"] is NumberValue ? Value.Of(grad[0]) : Value.Of(grad);
            });
        b.Add("cross_entropy", "H(y, p) = −Σ y_i log p_i for predicted probabilities p and target y, approximate; terms with y_i = 0 count as 0.",
            [Required("p", "vector"), Required("y", "vector")],
            [new("cross_entropy([1/4, 3/4], [0, 1])", "0.2876820724517809"), new("cross_entropy([1, 0], [1, 0])", "0")],
            a => Value.Of(Losses.CrossEntropy(a.Tensor("p"), a.Tensor("y"))));
        b.Add("cross_entropy_grad", "∂H/∂p_i = −y_i / p_i, exact for exact inputs (0 where y_i = 0).",
            [Required("p", "vector"), Required("y", "vector")],
            [new("cross_entropy_grad([1/4, 3/4], [0, 1])", "[0, -4/3]")],
            a => Value.Of(Losses.CrossEntropyGrad(a.Tensor("p"), a.Tensor("y"))));
        b.Add("softmax_cross_entropy_grad", "∂H(y, softmax(z))/∂z = softmax(z) − y for logits z, approximate.",
            [Required("z", "vector"), Required("y", "vector")],
            [new("softmax_cross_entropy_grad([0, 0], [0, 1])", "[0.5, -0.5]")],
            a => Value.Of(Losses.SoftmaxCrossEntropyGrad(a.Tensor("z", 1), a.Tensor("y"))));
        b.Add("sgd_linear", "One SGD step on y = W x (+ b) for a minibatch whose samples are the columns of X [in, m] with targets T [out, m], loss L = ½ Σ (Y − T)² over all entries: grad = (Y − T) Xᵀ summed over the batch, w_next = W − lr·grad/m if average else W − lr·grad, and the loss after the step. With a bias b (one entry per output) also grad_b (row sums of Y − T) and b_next. Exact.",
            [Required("W", "matrix [out, in]"), Required("X", "matrix [in, m]"), Required("T", "matrix [out, m]"), Required("lr", "number"),
             Optional("average", "boolean", true), OptionalNone("b", "vector")],
            [new("sgd_linear([[3, 2]], [[2, 1, -1], [4, -2, 0]], [[15, 3, 1]], 1)",
                 "SgdStep(y=[[14, -1, -3]], loss=33/2, grad=[[-2, 4]], w_next=[[11/3, 2/3]], y_next=[[10, 7/3, -11/3]], loss_next=425/18)"),
             new("sgd_linear([[1]], [[1, 2]], [[3, 3]], 1/2, b=[0])",
                 "SgdStep(y=[[1, 2]], loss=5/2, grad=[[-4]], w_next=[[2]], y_next=[[11/4, 19/4]], loss_next=25/16, grad_b=[-3], b_next=[3/4])")],
            a =>
            {
                var bias = a.IsNone("b") ? null : a.Tensor("b");
                var step = LinearSgdStep.Take(a.Tensor("W"), a.Tensor("X"), a.Tensor("T"), a.Number("lr"), a.Bool("average"), bias);
                return ToRecord(step);
            });
    }

    // Numbers are one-entry tensors here, so a scalar prediction needs no special case in Losses.
    private static Tensor Operand(BuiltinArguments a, string name) =>
        a[name] is NumberValue ? Tensor.Vector(a.Number(name)) : a.Tensor(name);

    private static RecordValue ToRecord(LinearSgdStep step)
    {
        List<(string, Value)> fields =
        [
            ("y", Value.Of(step.Y)), ("loss", Value.Of(step.Loss)), ("grad", Value.Of(step.Grad)),
            ("w_next", Value.Of(step.WNext)), ("y_next", Value.Of(step.YNext)), ("loss_next", Value.Of(step.LossNext)),
        ];
        // The bias fields come last, so a step with and without a bias share their first six fields.
        if (step.GradB is not null) fields.Add(("grad_b", Value.Of(step.GradB)));
        if (step.BNext is not null) fields.Add(("b_next", Value.Of(step.BNext)));
        return RecordValue.Create("SgdStep", [.. fields]);
    }
}
