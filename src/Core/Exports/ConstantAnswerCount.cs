using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>
/// How many entries of a correct answer an answer that repeats one value everywhere gets right: the chance level of the
/// grader's per-entry credit, which counts only the right entries beyond it. Mirrors the grader's rule
/// (DeepExam.Grading.Scoring.MostCommonValue), which the core cannot call: exact entries count by exact equality, approximate
/// ones by the part's tolerance (the most entries a constant equal to one of them is accepted for).
/// </summary>
public static class ConstantAnswerCount
{
    public static int Of(IReadOnlyList<Number> cells, Tolerance tolerance)
    {
        if (cells.Count == 0) return 0;
        if (cells.All(c => c.IsExact))
            return cells.GroupBy(c => c.ExactValue).Max(g => g.Count());
        return cells.Max(constant => cells.Count(c => Accepts(c, constant, tolerance)));
    }

    private static bool Accepts(Number expected, Number constant, Tolerance tolerance) =>
        expected.IsExact ? constant.IsExact && expected.ExactValue == constant.ExactValue : Within(expected.ToDouble(), constant.ToDouble(), tolerance);

    /// <summary>The grader's tolerance check (DeepExam.Grading.Scoring.NumberMatch.WithinTolerance), including its 10⁻¹² slack.</summary>
    private static bool Within(double expected, double given, Tolerance tolerance)
    {
        var error = Math.Abs(given - expected);
        return tolerance.Mode switch
        {
            ToleranceMode.Absolute => error <= tolerance.Amount * (1 + 1e-12),
            ToleranceMode.Relative => expected == 0 ? error <= tolerance.Amount : error <= tolerance.Amount * Math.Abs(expected) * (1 + 1e-12),
            _ => expected == 0 ? error == 0 : error <= 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - tolerance.Amount + 1) * (1 + 1e-12),
        };
    }
}
