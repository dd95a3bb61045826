using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// A softmax worked as on paper: each entry exponentiated, the exponentials added up, each one divided
/// by the sum. Shared by softmax and the softmax–cross-entropy gradient, which starts the same way.
/// </summary>
internal static class SoftmaxWorking
{
    /// <summary>Logits above this are shifted by their maximum first, as the solver does, so no e^z overflows.</summary>
    private const double LargestPlainExponent = 50;

    /// <param name="z">The logits.</param>
    /// <param name="zName">Their TeX name, for the sum's formula.</param>
    /// <param name="pName">The TeX name of the probabilities, for each entry's line.</param>
    /// <param name="shown">The probabilities to print: the solver's own when it returns them, else null for the worked ones.</param>
    /// <returns>The steps, and the probabilities worked out here, for the caller to check against the solver.</returns>
    public static (List<WorkingStep> Steps, double[] Probabilities) Work(Tensor z, string zName, string pName, Tensor? shown)
    {
        var max = z.Values.Aggregate(Number.Max);
        var shift = max.ToDouble() > LargestPlainExponent ? max : Number.Zero;
        var exponents = z.Values.Select(v => v - shift).ToArray();
        var exps = exponents.Select(v => Math.Exp(v.ToDouble())).ToArray();
        var total = 0.0;
        foreach (var e in exps) total += e; // left to right, as the sum is written
        var p = exps.Select(e => e / total).ToArray();

        var listed = z.Count <= CellSums.MaxCells ? z.Count : CellSums.Shown;
        var more = listed < z.Count ? " + \\cdots" : "";
        var powers = string.Join(" + ", exponents.Take(listed).Select(v => $"e^{{{TexNumbers.Of(v)}}}")) + more;
        var values = string.Join(" + ", exps.Take(listed).Select(Approx)) + more;
        var entry = Subscript(zName, "j");
        var steps = new List<WorkingStep>
        {
            shift.Sign == 0
                ? new FormulaStep("Exponentiate every entry and add them up", "", $"\\sum_j e^{{{entry}}}", $"{powers} \\approx {values}", Value.Of(Number.Approx(total)))
                : new FormulaStep($"Exponentiate every entry less the largest, $m = {TexNumbers.Of(shift)}$ (the factor $e^{{-m}}$ cancels), and add them up",
                    "", $"\\sum_j e^{{{entry} - m}}", $"{powers} \\approx {values}", Value.Of(Number.Approx(total))),
            new NoteStep("Each probability is its exponential over the sum:"),
        };
        for (var i = 0; i < listed; i++)
        {
            var quotient = $"\\frac{{{Approx(exps[i])}}}{{{Approx(total)}}}";
            steps.Add(new FormulaStep("", TexNames.Cell(pName, [i]), quotient, quotient, Value.Of(shown?[i] ?? Number.Approx(p[i]))));
        }
        if (listed < z.Count) steps.Add(new ElidedStep(z.Count - listed, "entries"));
        return (steps, p);
    }

    private static string Approx(double d) => TexNumbers.Of(Number.Approx(d));

    private static string Subscript(string symbol, string index) => symbol.Contains('_') ? $"({symbol})_{index}" : $"{symbol}_{index}";
}
