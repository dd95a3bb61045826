using System.Collections.Concurrent;
using DeepExam.Builtins;
using DeepExam.Text.Scripting;
using DeepExam.Values;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DeepExam.Text;

/// <summary>
/// Renders exercise text (Scriban templates → Markdown with TeX math) against a variant's values.
/// Text reads names and fields (<c>{{ k }}</c>, <c>{{ layer.stride }}</c>, <c>{{ shape[0] }}</c>), compares
/// and branches (<c>{{ if p == q }}…{{ else }}…{{ end }}</c>), loops (<c>{{ for row in rows }}</c>), and
/// calls the formatting helpers and the solver's built-ins (<c>{{ tex (flip w) }}</c>, <c>{{ group n }}</c>).
/// See <see cref="TextContext"/> for what text cannot do. Templates are parsed once per renderer; rendering
/// is thread-safe (a context per thread).
/// </summary>
public sealed class TextRenderer
{
    private static readonly Lazy<Scriban.Runtime.ScriptObject> DefaultFunctions = new(() => TextFunctions.For(BuiltinRegistry.Default));

    [ThreadStatic] private static TextContext? _context;

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> HelperNames => TextFunctions.HelperNames;

    /// <summary>Parses a text (cached); <see cref="Template.HasErrors"/> and its messages say what is wrong.</summary>
    public Template Parse(string source) => _parsed.GetOrAdd(source, TextParsing.Parse);

    /// <summary>Renders <paramref name="source"/>; throws <see cref="TextException"/> with the place in the text on bad text.</summary>
    public string Render(string source, IReadOnlyDictionary<string, Value> values)
    {
        if (string.IsNullOrEmpty(source)) return "";
        // Text without a tag renders as itself (most feedback lines): nothing to parse or run.
        if (!source.Contains("{{", StringComparison.Ordinal)) return source;
        var template = Parse(source);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TextException(error.Message, error.Span.Start.Line + 1, error.Span.Start.Column + 1);
        }
        var context = _context ??= new TextContext(DefaultFunctions.Value);
        try
        {
            return context.Render(template, new TextScope(values));
        }
        catch (ScriptRuntimeException e)
        {
            _context = null; // a context that stopped half-way is not reused
            throw new TextException(e.OriginalMessage, e.Span.Start.Line + 1, e.Span.Start.Column + 1);
        }
        catch (Exception e) when (e is InvalidOperationException or IndexOutOfRangeException or NotSupportedException)
        {
            _context = null;
            throw new TextException(e.Message, 0, 0);
        }
    }
}
