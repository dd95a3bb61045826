using DeepExam.Builtins;
using DeepExam.Builtins.Tensors;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Builtins.Tensors;

/// <summary>
/// The approximate gradients an author calls by name (sigmoid_grad, tanh_grad, cross_entropy_grad,
/// softmax_cross_entropy_grad) against central differences of the functions they differentiate, called by name too.
/// A central difference with step h is off by about h²/6 times the third derivative plus the rounding of the two
/// function values divided by h; each tolerance below is a hundred times that bound or more for its inputs.
/// </summary>
public class SmoothGradientPropertyTests
{
    private static Value Call(string name, params Value[] arguments)
    {
        if (!BuiltinRegistry.Default.TryGet(name, out var function)) throw new ArgumentException($"no builtin '{name}'");
        return function.Body(new BuiltinArguments(function, arguments, []));
    }

    private static double Scalar(Value value) => ((NumberValue)value).Number.ToDouble();
    private static Tensor Vector(Value value) => ((TensorValue)value).Tensor;
    private static Value Vector(IEnumerable<double> entries) => Value.Of(Tensor.Create([entries.Count()], [.. entries.Select(Number.Approx)]));
    private static Value Vector(IEnumerable<Rational> entries) => Value.Of(Tensor.Create([entries.Count()], [.. entries.Select(Number.Exact)]));

    /// <summary>x = k/8 for k in [−64, 64]: both signs, zero, and the flat tails up to ±8.</summary>
    private static readonly Gen<double> Inputs = Gen.Choose(-64, 64).Select(k => k / 8.0);

    private static bool MatchesCentralDifference(string gradient, string function, double x)
    {
        // |f'''| ≤ 1/8 for sigmoid and ≤ 2 for tanh: the difference is within 1e-10 of the derivative at h = 1e-5.
        const double Step = 1e-5, Tolerance = 1e-8;
        var difference = (Scalar(Call(function, Value.Of(Number.Approx(x + Step)))) - Scalar(Call(function, Value.Of(Number.Approx(x - Step))))) / (2 * Step);
        return Math.Abs(Scalar(Call(gradient, Value.Of(Number.Approx(x)))) - difference) <= Tolerance;
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Sigmoid_grad_is_the_derivative_of_sigmoid() =>
        Prop.ForAll(Inputs.ToArbitrary(), x => MatchesCentralDifference("sigmoid_grad", "sigmoid", x));

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Tanh_grad_is_the_derivative_of_tanh() =>
        Prop.ForAll(Inputs.ToArbitrary(), x => MatchesCentralDifference("tanh_grad", "tanh", x));

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Cross_entropy_grad_is_the_gradient_of_cross_entropy_in_p()
    {
        // p_i in [1/8, 2] (cross_entropy does not ask p to sum to 1), y_i in {0, 1/4, …, 1}. The third derivative of
        // −y log p is −2y/p³, at most 1024 here: h = 1e-6 keeps the difference within 2e-9 of the gradient.
        const double Step = 1e-6, Tolerance = 1e-6;
        var cases =
            from n in Gen.Choose(1, 5)
            from p in Gen.ArrayOf(Gen.Choose(1, 16), n)
            from y in Gen.ArrayOf(Gen.Choose(0, 4), n)
            select (P: p.Select(k => new Rational(k, 8)).ToArray(), Y: y.Select(k => new Rational(k, 4)).ToArray());
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var y = Vector(c.Y);
            var gradient = Vector(Call("cross_entropy_grad", Vector(c.P), y));
            double Loss(int i, double step) => Scalar(Call("cross_entropy", Vector(c.P.Select((p, j) => p.ToDouble() + (j == i ? step : 0))), y));
            return Enumerable.Range(0, c.P.Length).All(i =>
                Math.Abs(gradient[i].ToDouble() - (Loss(i, Step) - Loss(i, -Step)) / (2 * Step)) <= Tolerance);
        });
    }

    [Property(MaxTest = SmallTensors.Runs)]
    public Property Softmax_cross_entropy_grad_is_the_gradient_of_cross_entropy_after_softmax_in_z()
    {
        // y is a distribution (softmax(z) − y is the gradient only when y sums to 1): weights 0..4, not all zero, over
        // their sum. z_i in [−4, 4]; the loss's third derivatives in z are at most a few units: h = 1e-5.
        const double Step = 1e-5, Tolerance = 1e-8;
        var cases =
            from n in Gen.Choose(1, 5)
            from z in Gen.ArrayOf(Gen.Choose(-16, 16), n)
            from w in Gen.ArrayOf(Gen.Choose(0, 4), n).Where(w => w.Sum() > 0)
            select (Z: z.Select(k => new Rational(k, 4)).ToArray(), Y: w.Select(k => new Rational(k, w.Sum())).ToArray());
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var y = Vector(c.Y);
            var gradient = Vector(Call("softmax_cross_entropy_grad", Vector(c.Z), y));
            double Loss(int i, double step) =>
                Scalar(Call("cross_entropy", Call("softmax", Vector(c.Z.Select((z, j) => z.ToDouble() + (j == i ? step : 0)))), y));
            return Enumerable.Range(0, c.Z.Length).All(i =>
                Math.Abs(gradient[i].ToDouble() - (Loss(i, Step) - Loss(i, -Step)) / (2 * Step)) <= Tolerance);
        });
    }
}
