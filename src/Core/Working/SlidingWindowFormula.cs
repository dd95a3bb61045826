namespace DeepExam.Working;

/// <summary>
/// The output size of a sliding window along one axis, ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1, written as
/// simply as the numbers allow (no padding term without padding, no fraction for stride 1), and the
/// value the formula gives. <see cref="Value"/> is the formula's, not the solver's: callers compare.
/// </summary>
internal readonly record struct SlidingWindowFormula(string Symbolic, string Substituted, int Value)
{
    /// <param name="inline">A slash instead of a fraction, for a table cell or a line of text.</param>
    public static SlidingWindowFormula Of(int n, int k, int s, int p, int d, bool ceil, bool inline = false)
    {
        var span = (long)n + 2L * p - (long)d * (k - 1) - 1;
        var value = (int)((ceil ? CeilingDivide(span, s) : FloorDivide(span, s)) + 1);
        var sym = "n";
        var sub = $"{n}";
        if (p != 0) { sym += " + 2p"; sub += $" + 2 \\cdot {p}"; }
        if (d == 1) { sym += " - k"; sub += $" - {k}"; }
        else if (s == 1) return new($"{sym} - d (k - 1)", $"{sub} - {d} \\cdot ({k} - 1)", value); // the − 1 and + 1 cancel
        else { sym += " - d (k - 1) - 1"; sub += $" - {d} \\cdot ({k} - 1) - 1"; }
        if (s == 1) return new($"{sym} + 1", $"{sub} + 1", value);
        if (inline)
        {
            var (l, r) = ceil ? ("\\lceil", "\\rceil") : ("\\lfloor", "\\rfloor");
            return new($"{l} ({sym})/s {r} + 1", $"{l} ({sub})/{s} {r} + 1", value);
        }
        var (open, close) = ceil ? ("\\left\\lceil", "\\right\\rceil") : ("\\left\\lfloor", "\\right\\rfloor");
        return new($"{open} \\frac{{{sym}}}{{s}} {close} + 1", $"{open} \\frac{{{sub}}}{{{s}}} {close} + 1", value);
    }

    private static long FloorDivide(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);

    private static long CeilingDivide(long a, long b) => -FloorDivide(-a, b);
}
