namespace DeepExam.Templates.Loading;

/// <summary>Rules for the names instructors give parameters, derived values and parts.</summary>
public static class TemplateNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "true", "false", "none", "and", "or", "not" };

    /// <summary>
    /// Words of the text language (Scriban): a parameter named <c>end</c> or <c>in</c> could not be
    /// shown in text, since <c>{{ end }}</c> closes a block.
    /// </summary>
    public static readonly IReadOnlySet<string> TextKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "if", "else", "end", "for", "in", "while", "break", "continue", "func", "ret", "capture", "readonly", "import",
        "with", "wrap", "include", "case", "when", "tablerow", "do", "this", "empty", "null",
    };

    public static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !Reserved.Contains(name);
}
