using DeepExam.Builtins.Tensors;
using DeepExam.Numbers;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>
/// Activation functions and their derivatives, element-wise on numbers and tensors. The algorithms
/// live in <see cref="Activations"/>; this file binds them to names, parameters and worked examples.
/// </summary>
public static class ActivationFunctions
{
    private static readonly Value DefaultSlope = Value.Of(new Rational(1, 100));

    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Activations";
        b.Add("relu", "max(0, x), exact (element-wise on tensors).",
            [Required("x", "number or tensor")],
            [new("relu([-2, 0, 3/2])", "[0, 0, 3/2]"), new("relu(-1)", "0")],
            a => Elementwise.Apply(a["x"], "'x'", Activations.Relu));
        b.Add("relu_grad", "The derivative of relu, 1 where x > 0 and 0 elsewhere (0 at x = 0), multiplied by the upstream gradient dy when given.",
            [Required("x", "number or tensor"), OptionalNone("dy", "number or tensor")],
            [new("relu_grad([-2, 0, 3])", "[0, 0, 1]"), new("relu_grad([-2, 0, 3], [5, 6, 7])", "[0, 0, 7]")],
            a => Backward(a, Activations.ReluGrad));
        b.Add("leaky_relu", "x for x > 0, slope·x otherwise; exact (element-wise on tensors).",
            [Required("x", "number or tensor"), Optional("slope", "number", DefaultSlope)],
            [new("leaky_relu([-2, 3])", "[-1/50, 3]"), new("leaky_relu(-4, slope=1/4)", "-1")],
            a =>
            {
                var slope = a.Number("slope");
                return Elementwise.Apply(a["x"], "'x'", x => Activations.LeakyRelu(x, slope));
            });
        b.Add("leaky_relu_grad", "The derivative of leaky_relu, 1 where x > 0 and slope elsewhere (slope at x = 0), multiplied by the upstream gradient dy when given.",
            [Required("x", "number or tensor"), OptionalNone("dy", "number or tensor"), Optional("slope", "number", DefaultSlope)],
            [new("leaky_relu_grad([-2, 0, 3])", "[1/100, 1/100, 1]"), new("leaky_relu_grad([-2, 3], [4, 4], slope=1/2)", "[2, 4]")],
            a =>
            {
                var slope = a.Number("slope");
                return Backward(a, x => Activations.LeakyReluGrad(x, slope));
            });
        b.Add("sigmoid", "1 / (1 + e^−x), approximate (element-wise on tensors).",
            [Required("x", "number or tensor")],
            [new("sigmoid(0)", "0.5"), new("sigmoid(2)", "0.8807970779778823")],
            a => Elementwise.Apply(a["x"], "'x'", Activations.Sigmoid));
        b.Add("sigmoid_grad", "The derivative of sigmoid, σ(x)(1 − σ(x)), approximate (element-wise on tensors).",
            [Required("x", "number or tensor")],
            [new("sigmoid_grad(0)", "0.25")],
            a => Elementwise.Apply(a["x"], "'x'", Activations.SigmoidGrad));
        b.Add("tanh", "Hyperbolic tangent, approximate (element-wise on tensors).",
            [Required("x", "number or tensor")],
            [new("tanh(0)", "0"), new("tanh(1)", "0.7615941559557649")],
            a => Elementwise.Apply(a["x"], "'x'", Activations.Tanh));
        b.Add("tanh_grad", "The derivative of tanh, 1 − tanh²(x), approximate (element-wise on tensors).",
            [Required("x", "number or tensor")],
            [new("tanh_grad(0)", "1")],
            a => Elementwise.Apply(a["x"], "'x'", Activations.TanhGrad));
        b.Add("softmax", "e^{x_i} / Σ e^{x_j} over a vector, approximate; computed with the maximum subtracted, so large inputs do not overflow.",
            [Required("x", "vector")],
            [new("softmax([0, 0])", "[0.5, 0.5]"), new("softmax([1, 2, 3])", "[0.09003057317038046, 0.24472847105479764, 0.6652409557748218]")],
            a => Value.Of(Activations.Softmax(a.Tensor("x", 1))));
    }

    // A local derivative, times the upstream gradient when one is given (the chain rule's one step).
    private static Value Backward(BuiltinArguments a, Func<Number, Number> derivative)
    {
        var local = Elementwise.Apply(a["x"], "'x'", derivative);
        if (a.IsNone("dy")) return local;
        if (local is NumberValue n) return Value.Of(n.Number * a.Number("dy"));
        var mask = ((TensorValue)local).Tensor;
        var dy = a.Tensor("dy");
        if (!dy.SameShape(mask))
            throw a.Error($"'dy' must have the shape of 'x', {Tensor.FormatShape(mask.Shape)}, got {Tensor.FormatShape(dy.Shape)}");
        return Value.Of(mask.Zip(dy, (d, g) => d * g, a.Function.Name));
    }
}
