using DeepExam.Numbers;

namespace DeepExam.Exports;

/// <summary>A known mistake as a 0 % answer of a number field: which rule, the decimal written and its absolute tolerance.</summary>
public sealed record NumericalMistake(int Rule, Rational Value, Rational Tolerance)
{
    public Rational Low => Value - Tolerance;
    public Rational High => Value + Tolerance;
}
