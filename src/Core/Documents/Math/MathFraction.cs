namespace DeepExam.Documents.Math;

/// <summary>
/// \frac (and \dfrac, \tfrac with <see cref="Style"/> forced; \binom without a rule and in parentheses).
/// </summary>
public sealed record MathFraction(MathNode Numerator, MathNode Denominator, MathStyle? Style = null, bool HasRule = true) : MathNode
{
    public override string ToString() => $"({Numerator})/({Denominator})";
}
