using System.Text.RegularExpressions;

namespace DeepExam.Templates.Loading;

/// <summary>
/// What to tell an author whose expression broke the YAML around it. YAML reads ': ' as a key, a value that starts with
/// '[' or '{' as a list or mapping, and ',', '[', ']', '{', '}' as structure inside { ... }; an expression holding any
/// of them (a conditional p > q ? 1 : 2, a list [a, b], a slice x[1: 3]) must be quoted, which YAML's own message
/// ("found invalid mapping") does not say.
/// </summary>
public static partial class YamlQuotingHint
{
    /// <summary>
    /// A sentence to add to YAML's message about the structure of the given line (not about, say, a duplicate key), or
    /// null when the line shows none of these.
    /// </summary>
    public static string? For(string line)
    {
        if (BlockEntry().Match(line) is { Success: true } entry && entry.Groups["value"].Value[0] != '{')
        {
            var (key, value) = (entry.Groups["key"].Value, entry.Groups["value"].Value.TrimEnd());
            var example = $"{key}: {Quoted(value)}";
            if (Conditional().IsMatch(value))
                return $"An expression with ' : ' (a conditional c ? a : b) must be quoted, or YAML reads ':' as a key: write {example}";
            if (value.Contains(": ", StringComparison.Ordinal))
                return $"An expression with ': ' (a slice x[a: b]) must be quoted, or YAML reads ':' as a key: write {example}";
            if (value.StartsWith('['))
                return $"An expression that starts with '[' must be quoted, or YAML reads it as a list: write {example}";
            return null;
        }
        // In a { ... } mapping only a conditional gives itself away: brackets and commas belong there anyway.
        return line.Contains('{') && Conditional().IsMatch(line)
            ? "Inside { ... } an expression that holds ':', ',', '[', ']', '{' or '}' (a conditional c ? a : b, a list, an index) must be quoted: write answer: \"...\""
            : null;
    }

    /// <summary>The value as a YAML scalar that keeps it whole: in double quotes, or single ones when it holds a double quote.</summary>
    private static string Quoted(string value) => value.Contains('"')
        ? "'" + value.Replace("'", "''") + "'"
        : "\"" + value.Replace("\\", "\\\\") + "\"";

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?<value>\S.*)$")]
    private static partial Regex BlockEntry();

    [GeneratedRegex(@"\?.*\s:(\s|$)")]
    private static partial Regex Conditional();
}
