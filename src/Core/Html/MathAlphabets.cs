using System.Text;
using DeepExam.Documents.Math;

namespace DeepExam.Html;

/// <summary>
/// Letters and digits of the \math.. alphabets as Unicode's mathematical alphanumeric symbols. MathML Core
/// keeps only <c>mathvariant="normal"</c>; bold, sans-serif, monospace and multi-letter italic are written
/// with these characters instead, which every math font has.
/// </summary>
public static class MathAlphabets
{
    /// <summary>The text in <paramref name="variant"/>'s alphabet; characters the alphabet lacks are kept.</summary>
    public static string Map(string text, MathVariant variant)
    {
        var (upper, lower, digit) = Starts(variant);
        if (upper == 0) return text;
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (variant == MathVariant.Italic && c == 'h')
                builder.Append('\u210E'); // Planck constant: the italic h sits outside the block.
            else if (c is >= 'A' and <= 'Z')
                builder.Append(char.ConvertFromUtf32(upper + (c - 'A')));
            else if (c is >= 'a' and <= 'z')
                builder.Append(char.ConvertFromUtf32(lower + (c - 'a')));
            else if (c is >= '0' and <= '9' && digit != 0)
                builder.Append(char.ConvertFromUtf32(digit + (c - '0')));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static (int Upper, int Lower, int Digit) Starts(MathVariant variant) => variant switch
    {
        MathVariant.Bold => (0x1D400, 0x1D41A, 0x1D7CE),
        MathVariant.Italic => (0x1D434, 0x1D44E, 0),
        MathVariant.BoldItalic => (0x1D468, 0x1D482, 0),
        MathVariant.Sans => (0x1D5A0, 0x1D5BA, 0x1D7E2),
        MathVariant.Mono => (0x1D670, 0x1D68A, 0x1D7F6),
        MathVariant.Upright or MathVariant.Text or MathVariant.Symbol => (0, 0, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
    };
}
