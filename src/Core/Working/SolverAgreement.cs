using DeepExam.Numbers;

namespace DeepExam.Working;

/// <summary>
/// The check every explainer makes before it shows a number: the working's own arithmetic must give the
/// solver's result. Exact numbers must be equal; approximate ones (from e^x) may differ in the last
/// digits, because the working computes them the way a student would (σ from its definition, a sum left
/// to right), not the solver's way.
/// </summary>
internal static class SolverAgreement
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Below this size a difference is measured against it, so that 2/(1 + e^−2x) − 1 near 0 still agrees with tanh x.</summary>
    private const double SmallestScale = 1e-6;

    public static void Require(string function, string where, Number worked, Number solver)
    {
        if (Agree(worked, solver)) return;
        throw new InvalidOperationException($"the worked {where} for {function} gives {worked}, the solver {solver}: the working and the solver disagree");
    }

    private static bool Agree(Number worked, Number solver)
    {
        if (worked.IsExact && solver.IsExact) return worked.CompareTo(solver) == 0;
        var (a, b) = (worked.ToDouble(), solver.ToDouble());
        return Math.Abs(a - b) <= RelativeTolerance * Math.Max(SmallestScale, Math.Max(Math.Abs(a), Math.Abs(b)));
    }
}
