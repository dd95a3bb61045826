using System.Text;
using System.Text.RegularExpressions;

namespace DeepExam.Templates.Migration;

/// <summary>
/// Rewrites schema-1 text (Handlebars) as schema-2 text (Scriban) so that it renders the same:
/// <list type="bullet">
/// <item><c>{{k}}</c>, <c>{{tex w}}</c>, <c>{{dec x 3}}</c> → <c>{{ k }}</c>, <c>{{ tex w }}</c>, <c>{{ dec x 3 }}</c>
/// (a helper call is a function call with the same arguments in both), <c>a.[0]</c> → <c>a[0]</c>,
/// hash arguments <c>key=v</c> → named arguments <c>key: v</c>, <c>{{{x}}}</c> → <c>{{ x }}</c>;</item>
/// <item><c>{{#if c}}</c>/<c>{{else}}</c>/<c>{{/if}}</c> → <c>{{ if c }}</c>/<c>{{ else }}</c>/<c>{{ end }}</c>,
/// <c>{{#unless c}}</c> → <c>{{ if !c }}</c>, <c>{{#each xs}}…{{this}}…{{/each}}</c> →
/// <c>{{ for item in xs }}…{{ item }}…{{ end }}</c>, comments → <c>{{# … }}</c>;</item>
/// <item>a block tag alone on its line, which Handlebars removes with its line ("standalone"), gets
/// Scriban's whitespace control <c>{{~ … ~}}</c>, which removes the same: the indentation before it
/// and the rest of the line after it, newline included.</item>
/// </list>
/// Anything it cannot convert is left as written and listed in <c>problems</c>, for the author to fix.
/// </summary>
public static partial class HandlebarsToScriban
{
    [GeneratedRegex(@"\{\{\{?(?<body>[^{}]*?)\}?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Mustache();

    [GeneratedRegex(@"^[ \t]*\{\{\{?[^{}]*?\}?\}\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AloneOnLine();

    public static string Convert(string text, List<string> problems)
    {
        var result = new StringBuilder(text.Length + text.Length / 8);
        var loops = new Stack<string>();
        var blocks = new Stack<string>();
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text[at..] : text[at..(end + 1)];
            at = end < 0 ? text.Length : end + 1;
            var content = line.TrimEnd('\n', '\r');
            var standalone = AloneOnLine().IsMatch(content) && IsBlockTag(Mustache().Match(content).Groups["body"].Value);
            result.Append(Mustache().Replace(line, m => Tag(m.Groups["body"].Value, standalone, loops, blocks, problems, m.Value)));
        }
        foreach (var open in blocks) problems.Add($"'{{{{#{open}}}}}' is never closed");
        return result.ToString();
    }

    private static bool IsBlockTag(string body)
    {
        var b = body.Trim();
        return b.StartsWith('#') || b.StartsWith('/') || b.StartsWith('!') || b == "else" || b.StartsWith("else ", StringComparison.Ordinal) || b == "^";
    }

    private static string Tag(string body, bool standalone, Stack<string> loops, Stack<string> blocks, List<string> problems, string original)
    {
        var b = body.Trim();
        string Wrap(string inner) => standalone ? $"{{{{~ {inner} ~}}}}" : $"{{{{ {inner} }}}}";
        if (b.StartsWith('!'))
        {
            var comment = b.StartsWith("!--", StringComparison.Ordinal) && b.EndsWith("--", StringComparison.Ordinal) && b.Length >= 5 ? b[3..^2] : b[1..];
            return Wrap("# " + comment.Trim());
        }
        if (b.StartsWith('#'))
        {
            var space = b.IndexOf(' ');
            var helper = space < 0 ? b[1..] : b[1..space];
            var argument = space < 0 ? "" : Expression(b[(space + 1)..], loops, problems);
            switch (helper)
            {
                case "if":
                    blocks.Push("if");
                    return Wrap($"if {argument}");
                case "unless":
                    blocks.Push("unless");
                    return Wrap($"if !{(IsSimple(argument) ? argument : $"({argument})")}");
                case "each":
                    var name = loops.Count == 0 ? "item" : $"item{loops.Count + 1}";
                    loops.Push(name);
                    blocks.Push("each");
                    return Wrap($"for {name} in {argument}");
                default:
                    problems.Add($"block helper '#{helper}' has no Scriban counterpart here: {original}");
                    return original;
            }
        }
        if (b.StartsWith('/'))
        {
            var helper = b[1..].Trim();
            if (blocks.Count == 0 || blocks.Peek() != helper)
            {
                problems.Add($"'{original}' closes no open '#{helper}'");
                return original;
            }
            blocks.Pop();
            if (helper == "each") loops.Pop();
            return Wrap("end");
        }
        if (b is "else" or "^") return Wrap("else");
        if (b.StartsWith("else if ", StringComparison.Ordinal)) return Wrap($"else if {Expression(b[8..], loops, problems)}");
        return Wrap(Expression(b, loops, problems));
    }

    private static bool IsSimple(string expression) => expression.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.');

    /// <summary>A Handlebars expression (a path, or a helper with arguments) as a Scriban expression.</summary>
    private static string Expression(string expression, Stack<string> loops, List<string> problems)
    {
        var parts = Tokens(expression.Trim()).Select(t => Token(t, loops, problems)).ToList();
        return string.Join(' ', parts);
    }

    private static string Token(string token, Stack<string> loops, List<string> problems)
    {
        if (token.StartsWith('(') && token.EndsWith(')')) return "(" + Expression(token[1..^1], loops, problems) + ")";
        if (token.StartsWith('"') || token.StartsWith('\'')) return token;
        var equals = token.IndexOf('=');
        if (equals > 0 && !token.StartsWith('"')) return token[..equals] + ": " + Token(token[(equals + 1)..], loops, problems);
        if (token == "this" || token == ".") return loops.Count > 0 ? loops.Peek() : Problem(token, "'this' outside #each", problems);
        if (token.StartsWith("this.", StringComparison.Ordinal)) token = (loops.Count > 0 ? loops.Peek() : "this") + token[4..];
        if (token.StartsWith("../", StringComparison.Ordinal)) token = token[3..];
        if (token.StartsWith('@')) return Problem(token, "data variables such as @index", problems);
        // a.[0].b → a[0].b
        return Regex.Replace(token, @"\.\[(\w+)\]", "[$1]", RegexOptions.CultureInvariant);
    }

    private static string Problem(string token, string what, List<string> problems)
    {
        problems.Add($"{what} ({token}) has no automatic conversion");
        return token;
    }

    /// <summary>Splits at spaces outside quotes and parentheses.</summary>
    private static IEnumerable<string> Tokens(string expression)
    {
        var depth = 0;
        char? quote = null;
        var start = 0;
        for (var i = 0; i <= expression.Length; i++)
        {
            var c = i < expression.Length ? expression[i] : ' ';
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (i > start) yield return expression[start..i];
                start = i + 1;
            }
        }
    }
}
