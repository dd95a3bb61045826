namespace DeepExam.Templates.Loading;

/// <summary>Rules for the names instructors give parameters, derived values and parts.</summary>
public static class TemplateNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "true", "false", "none", "and", "or", "not" };

    public static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !Reserved.Contains(name);
}
