using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Sigmoid, tanh and their derivatives, with the definitions the sheets give (σ(x) = 1/(1 + e^−x),
/// tanh(x) = 2/(1 + e^−2x) − 1) and the numbers put in, element-wise on a tensor, one line per entry;
/// and softmax, exponentials over their sum. Each line is recomputed from its own formula and checked
/// against the solver's value.
/// </summary>
internal static class SmoothActivationExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["sigmoid"] = e => EachEntry(e, "\\sigma", x =>
            (null, $"\\frac{{1}}{{1 + e^{{{TexNumbers.Of(-x)}}}}}", 1 / (1 + Math.Exp(-x.ToDouble()))));
        explainers["sigmoid_grad"] = e => EachEntry(e, "\\sigma'", x =>
        {
            var s = Sigmoid(x);
            var sText = TexNumbers.Of(Number.Approx(s));
            return (name => $"\\sigma({name}) (1 - \\sigma({name}))", $"{sText} \\cdot (1 - {sText})", s * (1 - s));
        });
        explainers["tanh"] = e => EachEntry(e, "\\tanh", x =>
            (null, $"\\frac{{2}}{{1 + e^{{{TexNumbers.Of(-2 * x)}}}}} - 1", 2 / (1 + Math.Exp(-2 * x.ToDouble())) - 1));
        explainers["tanh_grad"] = e => EachEntry(e, "\\tanh'", x =>
        {
            var t = Math.Tanh(x.ToDouble());
            return (name => $"1 - \\tanh^2({name})", $"1 - {TexNumbers.Operand(Number.Approx(t))}^2", 1 - t * t);
        });
        explainers["softmax"] = Softmax;
    }

    private static IEnumerable<WorkingStep> Softmax(CallExplanation e)
    {
        var z = e.Arguments.Tensor("x", 1);
        var result = e.Result.AsTensor("softmax");
        var zName = e.Symbol("x", "z");
        var (steps, p) = SoftmaxWorking.Work(z, zName, e.ResultSymbol($"\\mathrm{{softmax}}({zName})"), result);
        for (var i = 0; i < p.Length; i++) SolverAgreement.Require("softmax", $"entry {i}", Number.Approx(p[i]), result[i]);
        return steps;
    }

    /// <param name="function">The function's TeX name: \sigma, \tanh'.</param>
    /// <param name="entry">
    /// For one input x: the derivative's rule in terms of a name for x (null for a function whose definition is
    /// the substituted formula itself), the formula with the numbers, and its value worked out here.
    /// </param>
    private static IEnumerable<WorkingStep> EachEntry(CallExplanation e, string function,
        Func<Number, (Func<string, string>? Rule, string Substituted, double Worked)> entry)
    {
        var name = e.Arguments.Function.Name;
        if (e.Arguments["x"] is NumberValue number)
        {
            var (rule, substituted, worked) = entry(number.Number);
            SolverAgreement.Require(name, "value", Number.Approx(worked), e.Result.AsNumber(name));
            // An exact input is written as the number the prompt shows, σ(−1), whatever the template calls it;
            // a computed one by its name, σ'(o₅) = σ(o₅)(1 − σ(o₅)), rather than six digits three times.
            var x = number.Number.IsExact ? TexNumbers.Of(number.Number) : e.Symbol("x", TexNumbers.Of(number.Number));
            var symbolic = $"{function}({x})" + (rule is null ? "" : $" = {rule(x)}");
            yield return new FormulaStep("", e.Target, symbolic, substituted, e.Result);
            yield break;
        }
        var tensor = e.Arguments.Tensor("x");
        var result = e.Result.AsTensor(name);
        var symbol = e.ResultSymbol($"{function}({e.Symbol("x", "x")})");
        var shown = tensor.Count <= CellSums.MaxCells ? tensor.Count : CellSums.Shown;
        for (var i = 0; i < tensor.Count; i++)
        {
            var (_, substituted, worked) = entry(tensor[i]);
            SolverAgreement.Require(name, $"entry {i}", Number.Approx(worked), result[i]);
            if (i < shown)
                yield return new FormulaStep("", TexNames.Cell(symbol, CellSums.Unflatten(i, tensor.Shape)), $"{function}({TexNumbers.Of(tensor[i])})", substituted, Value.Of(result[i]));
        }
        if (shown < tensor.Count) yield return new ElidedStep(tensor.Count - shown, "entries");
    }

    // The two branches of the solver's sigmoid give the same number; this one is the definition.
    private static double Sigmoid(Number x) => 1 / (1 + Math.Exp(-x.ToDouble()));
}
