using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// The cross-entropy H(y, p) = −Σ y_i log p_i with its terms, its gradient −y_i/p_i entry by entry, and
/// the gradient through a softmax, p − y, after the softmax itself. Every entry is checked against the solver.
/// </summary>
internal static class CrossEntropyExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["cross_entropy"] = Loss;
        explainers["cross_entropy_grad"] = Gradient;
        explainers["softmax_cross_entropy_grad"] = LogitGradient;
    }

    private static IEnumerable<WorkingStep> Loss(CallExplanation e)
    {
        var a = e.Arguments;
        var (p, y) = (a.Tensor("p"), a.Tensor("y"));
        var (pName, yName) = (e.Symbol("p", "p"), e.Symbol("y", "y"));
        // Terms with y_i = 0 are 0 whatever p_i is, and are left out as a student leaves them out.
        var terms = Enumerable.Range(0, p.Count).Where(i => y[i].Sign != 0).ToList();
        var worked = -terms.Sum(i => y[i].ToDouble() * Math.Log(p[i].ToDouble())) + 0.0;
        SolverAgreement.Require("cross_entropy", "loss", Number.Approx(worked), e.Result.AsNumber("cross_entropy"));
        var written = terms.Select(i => y[i].CompareTo(Number.One) == 0 ? $"\\log {TexNumbers.Operand(p[i])}" : $"{TexNumbers.Operand(y[i])} \\log {TexNumbers.Operand(p[i])}").ToList();
        var substituted = written.Count switch
        {
            0 => "0",
            1 => "-" + written[0],
            _ => $"-\\left( {string.Join(" + ", written)} \\right)",
        };
        yield return new FormulaStep("", e.Target, $"-\\sum_i {Subscript(yName)} \\log {Subscript(pName)}", substituted, e.Result);
    }

    private static IEnumerable<WorkingStep> Gradient(CallExplanation e)
    {
        var a = e.Arguments;
        var (p, y) = (a.Tensor("p"), a.Tensor("y"));
        var (pName, yName) = (e.Symbol("p", "p"), e.Symbol("y", "y"));
        var result = e.Result.AsTensor("cross_entropy_grad");
        for (var i = 0; i < p.Count; i++)
        {
            var index = CellSums.Unflatten(i, p.Shape);
            // y_i = 0 gives 0 even where p_i = 0, as the solver has it.
            var worked = y[i].Sign == 0 ? Number.Zero : -y[i] / p[i];
            SolverAgreement.Require("cross_entropy_grad", $"entry {i}", worked, result[i]);
            var substituted = y[i].Sign == 0 && p[i].Sign == 0 ? "0" : $"-{TexNumbers.Operand(y[i])} \\div {TexNumbers.Operand(p[i])}";
            yield return new FormulaStep("", $"\\frac{{\\partial H}}{{\\partial {TexNames.Cell(pName, index)}}}",
                $"-\\frac{{{TexNames.Cell(yName, index)}}}{{{TexNames.Cell(pName, index)}}}", substituted, Value.Of(result[i]));
        }
    }

    private static IEnumerable<WorkingStep> LogitGradient(CallExplanation e)
    {
        var a = e.Arguments;
        var (z, y) = (a.Tensor("z", 1), a.Tensor("y"));
        var (zName, yName) = (e.Symbol("z", "z"), e.Symbol("y", "y"));
        var result = e.Result.AsTensor("softmax_cross_entropy_grad");
        var (steps, p) = SoftmaxWorking.Work(z, zName, "p", shown: null);
        steps.Add(new NoteStep($"The gradient with respect to the logits is $p - {yName}$:"));
        var listed = z.Count <= CellSums.MaxCells ? z.Count : CellSums.Shown;
        for (var i = 0; i < z.Count; i++)
        {
            var worked = Number.Approx(p[i]) - y[i];
            SolverAgreement.Require("softmax_cross_entropy_grad", $"entry {i}", worked, result[i]);
            if (i < listed)
                steps.Add(new FormulaStep("", $"\\frac{{\\partial H}}{{\\partial {TexNames.Cell(zName, [i])}}}", $"p_{{{i + 1}}} - {TexNames.Cell(yName, [i])}",
                    $"{TexNumbers.Of(Number.Approx(p[i]))} - {TexNumbers.Operand(y[i])}", Value.Of(result[i])));
        }
        if (listed < z.Count) steps.Add(new ElidedStep(z.Count - listed, "entries"));
        return steps;
    }

    private static string Subscript(string symbol) => symbol.Contains('_') ? $"({symbol})_i" : $"{symbol}_i";
}
