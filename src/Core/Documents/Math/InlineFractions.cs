namespace DeepExam.Documents.Math;

/// <summary>
/// Whether an inline fraction is set with full-size parts (as \dfrac would) rather than script-size ones: when its
/// numerator or denominator carries an exponent or a large operator, as softmax's e^(z_i) / Σ_j e^(z_j) and the sigmoid's
/// 1 / (1 + e^(−z)) do. In script size their exponents would be script-script, too small to read on paper or screen; the
/// line opens a little instead. A prime is no exponent, and a fraction whose style the author chose keeps it.
/// </summary>
public static class InlineFractions
{
    public static bool FullSize(MathFraction fraction) =>
        fraction.Style is null && (HasExponent(fraction.Numerator) || HasExponent(fraction.Denominator));

    private static bool HasExponent(MathNode node) => node switch
    {
        MathScripts s => s.Superscript is { } sup && !IsPrime(sup) || HasExponent(s.Base) || s.Subscript is { } sub && HasExponent(sub),
        MathAtom { Class: MathClass.Op, Text.Length: 1 } => true,
        MathRow r => r.Items.Any(HasExponent),
        MathFenced f => HasExponent(f.Body),
        MathStyled s => HasExponent(s.Body),
        MathFraction f => HasExponent(f.Numerator) || HasExponent(f.Denominator),
        MathRadical r => HasExponent(r.Body),
        _ => false,
    };

    private static bool IsPrime(MathNode node) => node switch
    {
        MathAtom a => a.Text is "′" or "″" or "‴",
        MathRow r => r.Items.Length > 0 && r.Items.All(IsPrime),
        _ => false,
    };
}
