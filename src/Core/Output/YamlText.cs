using System.Globalization;
using System.Text;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>
/// Writes YAML text for our own outputs: values in flow style (<c>[[1, 2], [3, 4]]</c>), strings always
/// double-quoted with escapes, so a student name or id can never break the file's structure.
/// </summary>
public static class YamlText
{
    // What a double-quoted YAML string must escape: the quote, the backslash and control characters.
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(
        "\"\\" + new string([.. Enumerable.Range(0, 32).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]));

    public static string Quote(string s)
    {
        if (!s.AsSpan().ContainsAny(Escaped)) return string.Concat("\"", s, "\"");
        var sb = new StringBuilder(s.Length + 8).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Writes <see cref="Quote"/>(s) without building the string when nothing needs escaping.</summary>
    public static void WriteQuoted(TextWriter writer, string s)
    {
        if (s.AsSpan().ContainsAny(Escaped))
        {
            writer.Write(Quote(s));
            return;
        }
        writer.Write('"');
        writer.Write(s);
        writer.Write('"');
    }

    /// <summary>A value as a YAML flow scalar or collection.</summary>
    public static string Flow(Value value) => value switch
    {
        NumberValue n => n.Number.IsInteger || !n.Number.IsExact ? n.ToString() : Quote(n.ToString()),
        BoolValue b => b.Value ? "true" : "false",
        StringValue s => Quote(s.Value),
        ListValue l => "[" + string.Join(", ", l.Items.Select(Flow)) + "]",
        TensorValue t => Text.ValueFormatter.Nested(t.Tensor, x => x.IsInteger || !x.IsExact ? x.ToString() : Quote(x.ToString())),
        RecordValue r => "{" + string.Join(", ", r.Fields.Select(f => f.Key + ": " + Flow(f.Value))) + "}",
        _ => "null",
    };

    /// <summary>A comment line's text with line breaks folded, so it stays one comment.</summary>
    public static string Comment(string s) => s.ReplaceLineEndings(" ");
}
