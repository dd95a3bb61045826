using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// The percentages Moodle gives an answer: it accepts only its own list of grades on import (100, 50, 33.33333, 25, … down to
/// 1/10, and 1/20), so a share of 1/n with n outside the list cannot be written.
/// </summary>
public static class MoodleFraction
{
    private static readonly ImmutableHashSet<int> Shares = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20];

    /// <summary>Whether ±1/n of the grade is one of Moodle's grades.</summary>
    public static bool HasShare(int n) => Shares.Contains(n);

    /// <summary>A percentage as Moodle writes it: up to five decimals, rounded half away from zero ("33.33333", "-50", "100").</summary>
    public static string Percent(Rational share) => (share * 100).ToDecimalString(5);
}
