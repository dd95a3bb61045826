using System.Text.RegularExpressions;

namespace DeepExam.Templates.Migration;

/// <summary>
/// Rewrites a schema-1 exercise file as schema 2, keeping everything else of it as written (comments,
/// order, quoting, layout): the <c>schema:</c> line, and the text from Handlebars to Scriban
/// (<see cref="HandlebarsToScriban"/>). Tags only occur in text (expressions have no <c>{{</c>), so the
/// whole file is converted; a tag in a YAML comment is converted too, harmlessly.
/// </summary>
public static partial class TemplateMigration
{
    [GeneratedRegex(@"^schema:[ \t]*(?<version>\d+)[ \t]*(?<rest>(#.*)?)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SchemaLine();

    /// <summary>The file's schema version as its <c>schema:</c> line gives it, or null when it has none.</summary>
    public static int? SchemaOf(string yaml) =>
        SchemaLine().Match(yaml) is { Success: true } m && int.TryParse(m.Groups["version"].ValueSpan, out var v) ? v : null;

    /// <summary>The file in schema 2, and what could not be converted (each for the author to fix by hand).</summary>
    public static (string Yaml, List<string> Problems) ToSchema2(string yaml)
    {
        if (SchemaOf(yaml) != 1) throw new ArgumentException("only a schema-1 file can be migrated to schema 2", nameof(yaml));
        var problems = new List<string>();
        var text = HandlebarsToScriban.Convert(yaml, problems);
        text = SchemaLine().Replace(text, m => $"schema: 2{(m.Groups["rest"].Length > 0 ? " " + m.Groups["rest"].Value : "")}", 1);
        return (text, problems);
    }
}
