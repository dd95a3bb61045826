using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeepExam.Html.Forms;

/// <summary>
/// The answer grammar as a form embeds it: the grammar's JSON less what the checker never reads (why each replacement
/// is made, the number forms' names, which the grader's own messages and docs use), with characters as they are rather
/// than \u escapes (a fifth of the grammar's bytes). Every form of a run embeds the same grammar, so the last one made is
/// kept: a class of forms makes it once. The agreement test runs the checker on exactly this text.
/// </summary>
public static class FormGrammar
{
    private sealed record Made(string Grammar, string Embedded);

    private static Made? _last;

    public static string Of(string grammarJson)
    {
        // A string compares its reference first: the same grammar is found at once.
        if (_last is { } last && last.Grammar == grammarJson) return last.Embedded;
        var made = new Made(grammarJson, Embed(grammarJson));
        _last = made;
        return made.Embedded;
    }

    private static string Embed(string grammarJson)
    {
        var grammar = JsonNode.Parse(grammarJson)?.AsObject() ?? throw new ArgumentException("the grammar is not a JSON object", nameof(grammarJson));
        if (grammar["number"] is JsonObject number)
        {
            if (number["replacements"] is JsonArray replacements)
                foreach (var replacement in replacements.OfType<JsonObject>()) replacement.Remove("why");
            if (number["forms"] is JsonArray forms)
                foreach (var form in forms.OfType<JsonObject>()) form.Remove("name");
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            grammar.WriteTo(writer);
        // In JSON a '<' can only be inside a string, where \u003c means the same: done here once, not in every form.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
