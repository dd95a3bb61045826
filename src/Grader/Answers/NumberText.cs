using System.Text.RegularExpressions;
using DeepExam.Numbers;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads a number the way people write it: 10,001,000 / 10 001 000 / 10_001_000 (grouped thousands),
/// 0.25, -3, −3 (Unicode minus), 1.5e-3, 2×10^3, 11/3, ½-free plain fractions. Exact throughout: "0.1" is 1/10.
/// A comma is a thousands separator only in groups of three; "1,5" is not read as 1.5 (and not as 15).
/// A number in scientific notation is the plain decimal it stands for, with that decimal's places:
/// 8.93889e2 is 893.889, 3 places.
/// </summary>
public static partial class NumberText
{
    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex CommaGrouped();

    [GeneratedRegex(@"^[+-]?\d{1,3}( \d{3})+(\.\d+)?$")]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"^([+-]?[\d.]+)\s*[x×*·]\s*10\^\(?([+-]?\d+)\)?$")]
    private static partial Regex TimesTenPower();

    private static readonly System.Buffers.SearchValues<char> PlainCharacters = System.Buffers.SearchValues.Create("0123456789.+-/eE");

    public static bool TryParse(string text, out Rational value, out int? decimalPlaces)
    {
        value = Rational.Zero;
        decimalPlaces = null;
        var s = text;
        if (s.Length == 0 || s.Length > 200) return false;
        // Digits, signs, a dot, a slash or an exponent only: nothing to normalise or ungroup (the usual answer).
        if (s.AsSpan().ContainsAnyExcept(PlainCharacters))
        {
            s = Normalize(text);
            if (s.Length == 0 || s.Length > 200) return false;
            if (CommaGrouped().IsMatch(s)) s = s.Replace(",", "");
            else if (SpaceGrouped().IsMatch(s)) s = s.Replace(" ", "");
            s = s.Replace("_", "");
            if (TimesTenPower().Match(s) is { Success: true } m) s = m.Groups[1].Value + "e" + m.Groups[2].Value;
            if (s.Contains(' ') || s.Contains(',')) return false;
        }
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!Rational.TryParse(s[..slash], out var n) || !Rational.TryParse(s[(slash + 1)..], out var d) || d.Sign == 0) return false;
            value = n / d;
            return true;
        }
        if (!Rational.TryParse(s, out value)) return false;
        var dot = s.IndexOf('.');
        var e = s.IndexOfAny(['e', 'E']);
        if (e < 0)
        {
            if (dot >= 0) decimalPlaces = s.Length - dot - 1;
        }
        else
        {
            // 8.93889e2 is the decimal 893.889: as many places as the mantissa's digits after the point
            // end up after it once the point moves. A whole number (1.5e3) has none, like 1500.
            var places = (dot >= 0 ? e - dot - 1 : 0) - int.Parse(s[(e + 1)..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            if (places > 0) decimalPlaces = places;
        }
        return true;
    }

    /// <summary>Whether the text is a number in scientific notation (1.5e-3, 2.5 × 10^3), which a student may not expect to be read as a plain decimal.</summary>
    public static bool IsScientific(string text)
    {
        var s = Normalize(text);
        return s.AsSpan().ContainsAny('e', 'E') || TimesTenPower().IsMatch(s);
    }

    /// <summary>Trims, turns the Unicode minus and thin or no-break spaces into their ASCII forms.</summary>
    public static string Normalize(string text) => text.Trim()
        .Replace('\u2212', '-').Replace('\u2013', '-')
        .Replace('\u2009', ' ').Replace('\u202F', ' ').Replace('\u00A0', ' ')
        .Replace(" / ", "/");
}
