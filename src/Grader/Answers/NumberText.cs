using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DeepExam.Answers.Grammar;
using DeepExam.Numbers;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads a number the way people write it, by the answer grammar's number forms (<see cref="AnswerGrammar.Rules"/>):
/// 10,001,000 / 10 001 000 / 10_001_000 (grouped thousands), 0.25, -3, −3 (Unicode minus), 1.5e-3, 2×10^3, 11/3.
/// Exact throughout: "0.1" is 1/10. A comma is a thousands separator only in groups of three; "1,5" is not
/// read as 1.5 (and not as 15). A number in scientific notation is the plain decimal it stands for, with that
/// decimal's places: 8.93889e2 is 893.889, 3 places.
/// </summary>
public static class NumberText
{
    public static bool TryParse(string text, out Rational value, out int? decimalPlaces)
    {
        value = Rational.Zero;
        decimalPlaces = null;
        if (Read(text) is not { } reading) return false;
        value = reading.Value;
        decimalPlaces = reading.Places;
        return true;
    }

    /// <summary>Whether the text is a number written with a power of ten (1.5e-3, 2.5 × 10^3), which a student may not expect to be read as a plain decimal.</summary>
    public static bool IsScientific(string text) => Read(text) is { Scientific: true };

    /// <summary>Trims, turns the Unicode minus and thin or no-break spaces into their ASCII forms (<see cref="GrammarText.Normalize"/>).</summary>
    public static string Normalize(string text) => GrammarText.Normalize(text);

    /// <summary>What a text reads as: its exact value, its decimal places, and whether it was written with a power of ten.</summary>
    private sealed record Reading(Rational Value, int? Places, bool Scientific);

    // A class writes the same few numbers over and over (a sheet of 10,000 students holds about 650,000 numbers,
    // 11,000 of them different: 0, 1, -2, 1/4 in every matrix), and reading one runs up to four patterns and
    // builds a match with its groups. Reading depends on the text alone, so each short text is read once and its
    // reading (or that it is none) kept; past the capacity new texts are read every time and not kept.
    private const int KeptLength = 32, KeptCapacity = 1 << 16;
    private static readonly ConcurrentDictionary<string, Reading?> Kept = new(StringComparer.Ordinal);
    private static int _keptCount;

    private static Reading? Read(string text)
    {
        if (text.Length > KeptLength) return ReadForms(text);
        if (Kept.TryGetValue(text, out var kept)) return kept;
        var reading = ReadForms(text);
        if (Volatile.Read(ref _keptCount) < KeptCapacity && Kept.TryAdd(text, reading)) Interlocked.Increment(ref _keptCount);
        return reading;
    }

    /// <summary>The reading by the first number form that matches the whole normalised text.</summary>
    private static Reading? ReadForms(string text)
    {
        if (text.Length == 0 || text.Length > AnswerGrammar.Rules.Number.MaxLength) return null;
        var normalized = Normalize(text);
        foreach (var (form, regex) in GrammarRegex.NumberForms)
        {
            var m = regex.Match(GrammarText.Without(normalized, form.Removed));
            if (m.Success) return ValueOf(m, form);
        }
        return null;
    }

    /// <summary>
    /// The value of a matched form, and for a decimal its places: as many as the mantissa's digits after the
    /// point end up after it once a power of ten moves the point (8.93889e2 has 3; 1.5e3 has none, like 1500).
    /// </summary>
    private static Reading ValueOf(Match m, NumberForm form)
    {
        var mantissa = GrammarText.Without(m.Groups["m"].Value, form.Ignored);
        var exponent = m.Groups["e"] is { Success: true } e ? int.Parse(e.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : (int?)null;
        var scientific = exponent is not null || m.Groups["de"].Success;
        var value = Rational.Parse(exponent is { } x ? $"{mantissa}e{x}" : mantissa);
        if (m.Groups["dm"] is { Success: true } dm)
        {
            var denominator = Rational.Parse(m.Groups["de"] is { Success: true } de ? $"{dm.Value}e{de.Value}" : dm.Value);
            return new Reading(value / denominator, null, scientific);
        }
        var dot = mantissa.IndexOf('.');
        var fraction = dot >= 0 ? mantissa.Length - dot - 1 : 0;
        if (exponent is null) return new Reading(value, dot >= 0 ? fraction : null, scientific);
        var places = fraction - exponent.Value;
        return new Reading(value, places > 0 ? places : null, scientific);
    }
}
