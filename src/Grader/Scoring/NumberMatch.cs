using DeepExam.Grading.Kinds;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Compares one number a student wrote with the solver's. Exact answers compare exactly; a decimal is
/// accepted for an exact answer only when the part allows decimals (<c>digits</c>) and the student's
/// decimal is the exact value correctly rounded to at least that many places. Approximate answers use
/// the part's tolerance.
/// </summary>
public static class NumberMatch
{
    public enum Result { Exact, Rounded, Within, No }

    public static Result Compare(Number expected, Rational given, int? decimalPlaces, PartTemplate part)
    {
        if (expected.IsExact)
        {
            var exact = expected.ExactValue;
            if (exact == given) return Result.Exact;
            if (part.Digits is { } digits && decimalPlaces is { } places && places >= digits)
                return (given - exact).Abs() * 2 <= new Rational(1, System.Numerics.BigInteger.Pow(10, places)) ? Result.Rounded : Result.No;
            if (part.Tolerance is { } partTolerance && AnswerKindGradings.Of(part.Kind).ToleratesExactValues)
                return partTolerance.Accepts(exact.ToDouble(), given.ToDouble()) ? Result.Within : Result.No;
            return Result.No;
        }
        return (part.Tolerance ?? Tolerance.Default).Accepts(expected.ToDouble(), given.ToDouble()) ? Result.Within : Result.No;
    }
}
