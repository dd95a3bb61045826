using Markdig.Extensions.SmartyPants;

namespace DeepExam.Documents;

/// <summary>
/// What a piece of prose punctuation recognised by Markdig's SmartyPants becomes: the quotes and the
/// apostrophe turn typographic (‘single’, “double”, don’t); dashes, ellipses and angle quotes stay as
/// the author typed them, since exercise text writes its dashes and ellipses itself and "--" or "..."
/// may be meant literally.
/// </summary>
public static class TypographicQuotes
{
    public static string Of(SmartyPant smarty) => smarty.Type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.Quote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.DoubleQuote => "\u201D",
        _ => Literal(smarty),
    };

    /// <summary>
    /// The straight single quotes SmartyPants left in <paramref name="text"/> (it pairs quotes but leaves
    /// apostrophes alone): after a letter or digit (don't, the input's, the students') or before a digit
    /// (the '90s) one is an apostrophe, ’. <paramref name="before"/> is the character before the text, or
    /// a space at the start of a paragraph. Any other straight quote stays as written.
    /// </summary>
    public static string Apostrophes(string text, char before)
    {
        if (!text.Contains('\'')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\'') continue;
            var previous = i > 0 ? text[i - 1] : before;
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (char.IsLetterOrDigit(previous) || char.IsAsciiDigit(next)) chars[i] = '\u2019';
        }
        return new string(chars);
    }

    /// <summary>The characters as written: a dash or ellipsis is kept, not replaced.</summary>
    private static string Literal(SmartyPant smarty) => smarty.Type switch
    {
        SmartyPantType.Dash2 => "--",
        SmartyPantType.Dash3 => "---",
        SmartyPantType.Ellipsis => smarty.OpeningCharacter == '.' ? "..." : "…",
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        _ => smarty.OpeningCharacter.ToString(),
    };
}
