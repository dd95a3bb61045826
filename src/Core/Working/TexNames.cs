using System.Collections.Frozen;
using System.Globalization;

namespace DeepExam.Working;

/// <summary>
/// How the names of a template read in TeX: x stays x, outS becomes \mathit{outS}, n_in becomes n_{\mathit{in}},
/// W1 becomes W_{1} and Kb becomes K_{b}, as the prompts write a numbered or labelled symbol, and theta becomes \theta.
/// </summary>
public static class TexNames
{
    /// <summary>Greek letters spelled out in a template's names; the prompts write them as letters.</summary>
    private static readonly FrozenSet<string> Greek = FrozenSet.ToFrozenSet(
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma", "Phi", "Omega",
    ], StringComparer.Ordinal);

    public static string Of(string name)
    {
        var underscore = name.IndexOf('_');
        if (underscore > 0 && underscore < name.Length - 1)
            return $"{Word(name[..underscore])}_{{{Of(name[(underscore + 1)..])}}}";
        return Word(name);
    }

    /// <summary>
    /// A cell of a named tensor, indexed from 1 as the sheets count: o_{1,2}; (n_{in})_{1,2} when the name has a
    /// subscript, (W_{1} x)_{1} for a product and ([[5]])_{1,1} for a list written out, so the index applies to the whole.
    /// </summary>
    public static string Cell(string symbol, IEnumerable<int> zeroBasedIndex)
    {
        var index = string.Join(",", zeroBasedIndex.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)));
        return symbol.Contains('_') || symbol.Contains(' ') || symbol.StartsWith('[') ? $"({symbol})_{{{index}}}" : $"{symbol}_{{{index}}}";
    }

    /// <summary>
    /// True when <see cref="Of"/> writes the name as the word it is (outS as \mathit{outS}, fc_total as
    /// \mathit{fc}_{\mathit{total}}): a word of several letters that is no Greek letter and no labelled capital, which
    /// reads on a solution sheet as the template's identifier rather than as a symbol of the exercise.
    /// </summary>
    public static bool IsRaw(string name) => Of(name).StartsWith("\\mathit{", StringComparison.Ordinal);

    /// <summary>A symbol with a prime (the padded input M', the flipped kernel K'), bracketed when it is more than a name.</summary>
    public static string Primed(string symbol) =>
        symbol.Contains('(') || symbol.Contains(' ') || symbol.StartsWith("\\frac", StringComparison.Ordinal) || symbol.StartsWith('[') ? $"({symbol})'" : symbol + "'";

    private static string Word(string word)
    {
        var digits = word.Length;
        while (digits > 0 && char.IsAsciiDigit(word[digits - 1])) digits--;
        if (digits > 0 && digits < word.Length && word[..digits].All(char.IsAsciiLetter))
            return $"{Word(word[..digits])}_{{{word[digits..]}}}";
        if (Greek.Contains(word)) return "\\" + word;
        // Kb, Kv: a capital with a one-letter label reads as the prompts write it, K_b.
        if (word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterLower(word[1])) return $"{word[0]}_{{{word[1]}}}";
        return word.Length == 1 ? word : $"\\mathit{{{word.Replace("_", "", StringComparison.Ordinal)}}}";
    }
}
