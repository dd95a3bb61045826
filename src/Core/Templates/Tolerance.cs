namespace DeepExam.Templates;

public enum ToleranceMode { Relative, Absolute, SignificantFigures }

/// <summary>How close an approximate answer must be: <c>{ relative: 0.01 }</c>, <c>{ absolute: 0.005 }</c> or <c>{ sigfigs: 3 }</c>.</summary>
public sealed record Tolerance(ToleranceMode Mode, double Amount)
{
    public static readonly Tolerance Default = new(ToleranceMode.Relative, 0.01);

    /// <summary>
    /// Whether <paramref name="given"/> is close enough to <paramref name="expected"/>: the one rule the grader and the
    /// exports' chance counts apply. The 10⁻¹² slack lets a bound written as a decimal (0.005) accept what lies on it.
    /// </summary>
    public bool Accepts(double expected, double given)
    {
        var error = Math.Abs(given - expected);
        return Mode switch
        {
            ToleranceMode.Absolute => error <= Amount * (1 + 1e-12),
            ToleranceMode.Relative => expected == 0 ? error <= Amount : error <= Amount * Math.Abs(expected) * (1 + 1e-12),
            _ => expected == 0 ? error == 0 : error <= 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - Amount + 1) * (1 + 1e-12),
        };
    }

    public override string ToString() => Mode switch
    {
        ToleranceMode.Relative => $"within {Amount * 100:0.###}% (relative)".Replace(',', '.'),
        ToleranceMode.Absolute => $"within ±{Amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"to {Amount} significant figures",
    };
}
