using System.Text.RegularExpressions;
using DeepExam.Diagnostics;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Text;

/// <summary>
/// Load-time checks of a template's Handlebars text: it compiles, every name it uses exists, and no
/// prompt shows the answer of its own part or of a later one.
/// </summary>
public static partial class TextTemplateChecker
{
    [GeneratedRegex(@"\{\{\{?\s*(?:[#/^]?\s*)([^}]*)\}\}")]
    private static partial Regex Mustache();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();

    // A mustache that can only be a name or a helper call on names, numbers and quoted strings.
    [GeneratedRegex(@"\{\{\s*[A-Za-z_][A-Za-z0-9_.]*(?:\s+(?:""[^""{}]*""|[A-Za-z0-9_.\-]+))*\s*\}\}")]
    private static partial Regex SimpleMustache();

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "if", "unless", "each", "with", "else", "this", "lookup", "true", "false" };

    public static void Check(ExerciseTemplate template, DiagnosticBag diagnostics)
    {
        var names = template.Parameters.Select(p => p.Name)
            .Concat(template.Derived.Select(d => d.Name))
            .ToHashSet(StringComparer.Ordinal);
        var partIds = template.Parts.Select(p => p.Id).ToList();
        var all = names.Concat(partIds).ToHashSet(StringComparer.Ordinal);
        var renderer = new TextRenderer();
        var placeholders = all.ToDictionary(n => n, _ => (Value)Value.Of(1), StringComparer.Ordinal);

        CheckText(template.Statement, "statement", names, []);
        for (var i = 0; i < template.Parts.Length; i++)
        {
            var part = template.Parts[i];
            CheckText(part.Prompt, $"prompt of part '{part.Id}'", names, partIds.Skip(i));
            CheckText(part.Solution, $"solution of part '{part.Id}'", all, []);
            foreach (var option in part.Options) CheckText(option.Text, $"an option of part '{part.Id}'", names, []);
            foreach (var mistake in part.Mistakes) CheckText(mistake.Feedback, $"a mistake's feedback in part '{part.Id}'", all, []);
        }

        void CheckText(TextTemplate text, string what, HashSet<string> visible, IEnumerable<string> answers)
        {
            if (text.IsEmpty) return;
            var hidden = answers.ToHashSet(StringComparer.Ordinal);
            foreach (Match m in Mustache().Matches(text.Source))
            {
                var words = Word().Matches(m.Groups[1].Value).Select(w => w.Value).ToList();
                var isHelper = words.Count > 0 && TextRenderer.HelperNames.Contains(words[0]);
                foreach (var word in words.Skip(isHelper ? 1 : 0))
                {
                    if (Keywords.Contains(word) || (word.All(char.IsAsciiDigit))) continue;
                    var at = LocationOf(text, m.Index);
                    if (hidden.Contains(word))
                        diagnostics.Error(at, $"{what} shows the answer of part '{word}'");
                    else if (!visible.Contains(word))
                        diagnostics.Error(at, $"{what} uses unknown name '{word}'{Suggestions.DidYouMean(word, visible.Concat(TextRenderer.HelperNames))}");
                }
            }
            // Compiling is what makes loading slow (a Handlebars compile per text); a text whose every
            // mustache is a plain name or helper call cannot fail to compile, so only the others are.
            if (!NeedsCompiling(text.Source)) return;
            try
            {
                renderer.Render(text.Source, placeholders);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(text.Location, $"{what} is not valid Handlebars: {e.Message}");
            }
        }
    }

    private static bool NeedsCompiling(string source)
    {
        var rest = SimpleMustache().Replace(source, "");
        return rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal);
    }

    private static SourceLocation LocationOf(TextTemplate text, int offset)
    {
        var before = text.Source.AsSpan(0, offset);
        var lines = before.Count('\n');
        return lines == 0 ? text.Location with { Column = text.Location.Column + offset } : text.Location.At(lines, offset - before.LastIndexOf('\n'));
    }
}
