using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// One SGD step on a linear layer, as the sheets work it: predictions, loss, gradient summed over the
/// batch, the update of each weight, and the loss after the step. Every number is read from or
/// checked against the solver's <c>sgd_linear</c> record. The loss is written 𝓛, as the sheets write it; a
/// layer with one output has scalar predictions y and targets t, as the sheets write them, and several
/// outputs have matrices Y and T.
/// </summary>
internal static class SgdExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["sgd_linear"] = Step;
    }

    private static IEnumerable<WorkingStep> Step(CallExplanation e)
    {
        var a = e.Arguments;
        var (w, x, t) = (a.Tensor("W"), a.Tensor("X"), a.Tensor("T"));
        var b = a.IsNone("b") ? null : a.Tensor("b");
        var lr = a.Number("lr");
        var average = a.Bool("average");
        var record = e.Result as RecordValue ?? throw new InvalidOperationException("sgd_linear returns a record");
        Tensor Field(string name) => record[name].AsTensor("sgd_linear");
        var (wName, xName, tName) = (e.Symbol("W", "W"), e.Symbol("X", "X"), e.Symbol("T", "T"));
        var single = w.Shape[0] == 1;
        var yName = single ? "y" : "Y";
        if (single && tName == "T") tName = "t";
        var samples = x.Shape[1];
        var rate = average ? lr / samples : lr;

        var steps = new List<WorkingStep>();
        var y = Field("y");
        steps.Add(new NoteStep(b is null
            ? $"Predictions ${yName} = {wName} {xName}$, one column per sample:"
            : $"Predictions ${yName} = {wName} {xName} + b$, one column per sample:"));
        steps.AddRange(Predictions(w, x, b, y, yName, single));
        steps.Add(Loss(y, t, record["loss"], LossSymbol(""), yName, tName));

        var grad = Field("grad");
        var residual = Tensor.Build(y.Shape, i => y[i[0], i[1]] - t[i[0], i[1]]);
        steps.Add(new TensorStep("The errors, one column per sample", $"{yName} - {tName}", residual));
        steps.Add(new NoteStep($"The gradient $\\frac{{\\partial {LossSymbol("")}}}{{\\partial {wName}}} = ({yName} - {tName}) \\, {xName}^\\top$ sums over the {samples} samples:"));
        var sums = new CellSums("sgd_linear", grad);
        for (var flat = 0; flat < grad.Count; flat++)
        {
            var (o, i) = (flat / grad.Shape[1], flat % grad.Shape[1]);
            sums.Add(flat, $"\\frac{{\\partial {LossSymbol("")}}}{{\\partial {TexNames.Cell(wName, [o, i])}}}",
                Enumerable.Range(0, samples).Select(m => new Product(residual[o, m], x[i, m])));
        }
        steps.AddRange(sums.Steps("entries"));

        steps.Add(new NoteStep(average
            ? $"With the learning rate $\\eta = {TexNumbers.Of(lr)}$ and the gradient averaged over the $m = {samples}$ samples, each weight moves by $\\eta / m = {TexNumbers.Of(rate)}$ times its gradient:"
            : $"With the learning rate $\\eta = {TexNumbers.Of(lr)}$ and the gradient summed over the batch, each weight moves by $\\eta$ times its gradient:"));
        steps.AddRange(Updates(w, grad, rate, Field("w_next"), wName));
        if (b is not null)
        {
            var gradB = Field("grad_b");
            var bSums = new CellSums("sgd_linear", gradB);
            for (var o = 0; o < gradB.Count; o++)
                bSums.Add(o, $"\\frac{{\\partial {LossSymbol("")}}}{{\\partial b_{{{o + 1}}}}}", Enumerable.Range(0, samples).Select(m => new Product(residual[o, m], Number.One)));
            steps.Add(new NoteStep("The bias gradient is the sum of each row of errors:"));
            steps.AddRange(bSums.Steps("entries"));
            steps.AddRange(Updates(b, gradB, rate, Field("b_next"), "b"));
        }

        var yNext = Field("y_next");
        steps.Add(new NoteStep("After the step:"));
        steps.AddRange(Predictions(Field("w_next"), x, b is null ? null : Field("b_next"), yNext, yName + "'", single));
        steps.Add(Loss(yNext, t, record["loss_next"], LossSymbol("'"), yName + "'", tName));
        return steps;
    }

    /// <summary>The loss's symbol, 𝓛 or 𝓛′ after the step.</summary>
    private static string LossSymbol(string prime) => "\\mathcal{L}" + prime;

    /// <param name="single">One output: the predictions are numbered by sample alone, y₁, y₂, ….</param>
    private static IEnumerable<WorkingStep> Predictions(Tensor w, Tensor x, Tensor? b, Tensor y, string symbol, bool single)
    {
        var sums = new CellSums("sgd_linear", y);
        for (var flat = 0; flat < y.Count; flat++)
        {
            var (o, m) = (flat / y.Shape[1], flat % y.Shape[1]);
            sums.Add(flat, TexNames.Cell(symbol, single ? [m] : [o, m]), Enumerable.Range(0, w.Shape[1]).Select(i => new Product(w[o, i], x[i, m])), b?[o]);
        }
        return sums.Steps("predictions");
    }

    private static FormulaStep Loss(Tensor y, Tensor t, Value loss, string symbol, string ySymbol, string tName)
    {
        var squares = Enumerable.Range(0, y.Count).Select(i => $"({TexNumbers.Of(y[i])} - {TexNumbers.Operand(t[i])})^2");
        var computed = Enumerable.Range(0, y.Count).Aggregate(Number.Zero, (s, i) => s + (y[i] - t[i]) * (y[i] - t[i])) / 2;
        if (computed.CompareTo(loss.AsNumber("loss")) != 0)
            throw new InvalidOperationException($"the worked loss gives {computed}, the solver {loss}: the working and the solver disagree");
        return new FormulaStep("", symbol, $"\\frac{{1}}{{2}} \\sum ({ySymbol} - {tName})^2", $"\\frac{{1}}{{2}} \\left( {string.Join(" + ", squares)} \\right)", loss);
    }

    private static IEnumerable<WorkingStep> Updates(Tensor before, Tensor grad, Number rate, Tensor after, string name)
    {
        for (var flat = 0; flat < before.Count; flat++)
        {
            var value = before[flat] - rate * grad[flat];
            if (value.CompareTo(after[flat]) != 0)
                throw new InvalidOperationException($"the worked update gives {value}, the solver {after[flat]}: the working and the solver disagree");
            var index = before.Rank == 2 ? new[] { flat / before.Shape[1], flat % before.Shape[1] } : [flat];
            var line = $"{TexNumbers.Of(before[flat])} - {TexNumbers.Operand(rate)} \\cdot {TexNumbers.Operand(grad[flat])}";
            yield return new FormulaStep("", TexNames.Cell(name + "'", index), line, line, Value.Of(after[flat]));
        }
    }
}
