using DeepExam.Numbers;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Partial credit for "select all that apply": (correct picks − wrong picks) / number of correct
/// options, never below zero, so guessing everything earns nothing. With no correct option, an
/// empty answer is full marks and each wrong pick costs 1/(number of options).
/// </summary>
public static class MultipleChoiceScoring
{
    public static Rational Share(IReadOnlySet<string> correct, IReadOnlySet<string> picked, int optionCount)
    {
        var wrong = picked.Count(p => !correct.Contains(p));
        if (correct.Count == 0) return Max(Rational.Zero, Rational.One - new Rational(wrong, optionCount));
        var right = picked.Count(correct.Contains);
        return Max(Rational.Zero, new Rational(right - wrong, correct.Count));
    }

    private static Rational Max(Rational a, Rational b) => a >= b ? a : b;
}
