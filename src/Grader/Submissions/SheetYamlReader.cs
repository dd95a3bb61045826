using System.Collections.Immutable;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Reads the plain YAML that filled-in answer sheets are written in: block mappings of keys to
/// scalars and one-line flow lists, with comments and blank lines. YamlDotNet builds a token and an
/// event object for every item of a file (about 85 µs and 64 KB for a 600-byte answer file, most of
/// a grading run's reading time); this reads the same file in a few microseconds.
/// Anything outside that subset (tabs, escapes, multi-line values, anchors, block lists, flow
/// mappings, duplicate keys, odd indentation or characters) returns null, and the caller reads the
/// file with <see cref="RawYamlReader"/>, which handles all of YAML and words the problems. The
/// tests check that both readers give the same tree for every file this one accepts.
/// </summary>
public static class SheetYamlReader
{
    /// <param name="texts">Where short keys and values are shared across files (<see cref="SharedTexts.AnswerFiles"/> when not given).</param>
    public static RawYaml? TryRead(string text, SharedTexts? texts = null)
    {
        texts ??= SharedTexts.AnswerFiles;
        if (!HasPlainCharacters(text)) return null;
        var levels = new List<Level>();
        var nodes = 0;
        // After an entry with a value, nothing may be indented deeper (that would continue the value);
        // after an entry without one, a deeper entry opens a nested mapping.
        var lastWasEmpty = false;
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            var lineEnd = end > at && text[end - 1] == '\r' ? end - 1 : end;
            var line = text.AsSpan(at, lineEnd - at);
            at = end + 1;

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ') indent++;
            var content = line[indent..];
            if (content.IsEmpty || content[0] == '#')
            {
                if (!content.IsEmpty && levels.Count > 0 && !lastWasEmpty && indent > levels[^1].Indent) return null;
                continue;
            }

            if (levels.Count == 0)
            {
                if (indent != 0) return null; // ("---" and "%YAML" are no entries, so Entry hands them over)
                levels.Add(new Level(0));
            }
            else if (indent > levels[^1].Indent)
            {
                if (!lastWasEmpty || levels.Count >= RawYamlReader.MaxDepth) return null;
                levels.Add(new Level(indent));
            }
            else
            {
                while (indent < levels[^1].Indent) Close(levels);
                if (indent != levels[^1].Indent) return null;
            }

            var entry = Entry(content, levels.Count, ref nodes, texts);
            if (entry is not { } e || nodes > RawYamlReader.MaxEvents) return null;
            var level = levels[^1];
            if (!level.Keys.Add(e.Key)) return null; // RawYamlReader words what happens to a repeated key
            level.Entries.Add(KeyValuePair.Create(e.Key, e.Value ?? Empty));
            lastWasEmpty = e.Value is null;
        }
        if (levels.Count == 0) return null;
        while (levels.Count > 1) Close(levels);
        return levels[0].Build();
    }

    private static readonly RawYaml.Scalar Empty = new("", false);

    private sealed class Level(int indent)
    {
        public int Indent { get; } = indent;
        public List<KeyValuePair<string, RawYaml>> Entries { get; } = [];
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public RawYaml.Mapping Build() => new([.. Entries]);
    }

    // A nested mapping is the value of its parent's last entry, which was read as empty.
    private static void Close(List<Level> levels)
    {
        var nested = levels[^1];
        levels.RemoveAt(levels.Count - 1);
        var parent = levels[^1].Entries;
        parent[^1] = KeyValuePair.Create(parent[^1].Key, (RawYaml)nested.Build());
    }

    /// <summary>"key: value" with an optional comment; a null value when the key has none (yet).</summary>
    private static (string Key, RawYaml? Value)? Entry(ReadOnlySpan<char> line, int depth, ref int nodes, SharedTexts texts)
    {
        var at = 0;
        string key;
        // Keys recur in every file, and so do the values in the answers section; the header's values (a student's
        // id above all) are each file's own and would only fill the pool.
        var values = depth > 1 ? texts : null;
        if (line[0] is '"' or '\'')
        {
            if (Quoted(line, ref at, texts) is not { } quoted) return null;
            key = quoted;
            while (at < line.Length && line[at] == ' ') at++;
            if (at >= line.Length || line[at] != ':') return null;
        }
        else
        {
            // A plain key of letters, digits, dots, dashes, underscores and inner spaces, such as 1.a or 1 a.
            if (!char.IsAsciiLetterOrDigit(line[0])) return null;
            while (at < line.Length && line[at] != ':')
                if (!(char.IsAsciiLetterOrDigit(line[at]) || line[at] is '.' or '_' or '-' or ' ')) return null;
                else at++;
            if (at >= line.Length) return null;
            key = texts.Of(line[..at].TrimEnd(' '));
        }
        at++; // the colon
        if (at < line.Length && line[at] != ' ') return null;
        while (at < line.Length && line[at] == ' ') at++;
        nodes += 2;
        if (at >= line.Length || line[at] == '#') return (key, null);

        RawYaml value;
        if (line[at] is '"' or '\'')
        {
            if (Quoted(line, ref at, values) is not { } quoted) return null;
            value = new RawYaml.Scalar(quoted, true);
        }
        else if (line[at] == '[')
        {
            if (Flow(line, ref at, depth + 1, ref nodes, texts) is not { } list) return null;
            value = list;
        }
        else
        {
            if (!CanStartPlain(line, at)) return null;
            var start = at;
            while (at < line.Length && !(line[at] == '#' && line[at - 1] == ' '))
            {
                if (line[at] == ':' && (at + 1 == line.Length || line[at + 1] == ' ')) return null;
                at++;
            }
            return (key, new RawYaml.Scalar(Text(line[start..at].TrimEnd(' '), values), false));
        }
        return RestIsComment(line, at) ? (key, value) : null;
    }

    /// <summary>A one-line flow list of plain or quoted scalars and nested lists: [[1, 2], [3, "9/2"]].</summary>
    private static RawYaml.Sequence? Flow(ReadOnlySpan<char> line, ref int at, int depth, ref int nodes, SharedTexts texts)
    {
        if (depth > RawYamlReader.MaxDepth) return null;
        at++; // the bracket
        var items = ImmutableArray.CreateBuilder<RawYaml>();
        SkipSpaces(line, ref at);
        if (at < line.Length && line[at] == ']')
        {
            at++;
            return new RawYaml.Sequence(items.ToImmutable());
        }
        while (true)
        {
            SkipSpaces(line, ref at);
            if (at >= line.Length) return null;
            nodes++;
            if (line[at] == '[')
            {
                if (Flow(line, ref at, depth + 1, ref nodes, texts) is not { } nested) return null;
                items.Add(nested);
            }
            else if (line[at] is '"' or '\'')
            {
                if (Quoted(line, ref at, texts) is not { } quoted) return null;
                items.Add(new RawYaml.Scalar(quoted, true));
            }
            else
            {
                if (!CanStartPlain(line, at)) return null;
                var start = at;
                while (at < line.Length && line[at] is not (',' or ']'))
                    if (line[at] is '[' or '{' or '}' or '#' or ':') return null;
                    else at++;
                var plain = line[start..at].TrimEnd(' ');
                if (plain.IsEmpty) return null;
                items.Add(new RawYaml.Scalar(texts.Of(plain), false));
            }
            SkipSpaces(line, ref at);
            if (at >= line.Length) return null;
            if (line[at] == ']')
            {
                at++;
                return new RawYaml.Sequence(items.ToImmutable());
            }
            if (line[at] != ',') return null;
            at++;
            SkipSpaces(line, ref at);
            if (at < line.Length && line[at] == ']') return null; // a trailing comma
        }
    }

    /// <summary>A quoted scalar closed on the same line, without escapes (\ in "..." or '' in '...').</summary>
    private static string? Quoted(ReadOnlySpan<char> line, ref int at, SharedTexts? texts)
    {
        var quote = line[at];
        var close = line[(at + 1)..].IndexOf(quote);
        if (close < 0) return null;
        var inner = line.Slice(at + 1, close);
        if (quote == '"' && inner.Contains('\\')) return null;
        at += close + 2;
        if (quote == '\'' && at < line.Length && line[at] == '\'') return null;
        return Text(inner, texts);
    }

    private static string Text(ReadOnlySpan<char> text, SharedTexts? texts) => texts is null ? text.ToString() : texts.Of(text);

    // YAML's indicators may not start a plain scalar ("- " would be a block list, "&" an anchor, ...);
    // "-2" may.
    private static bool CanStartPlain(ReadOnlySpan<char> line, int at) =>
        line[at] switch
        {
            '-' => at + 1 < line.Length && line[at + 1] is not (' ' or '-' or ',' or '[' or ']' or '{' or '}'),
            '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '\\' => false,
            _ => true,
        };

    private static bool RestIsComment(ReadOnlySpan<char> line, int at)
    {
        var rest = line[at..];
        var trimmed = rest.TrimStart(' ');
        return trimmed.IsEmpty || (trimmed[0] == '#' && trimmed.Length < rest.Length);
    }

    private static void SkipSpaces(ReadOnlySpan<char> line, ref int at)
    {
        while (at < line.Length && line[at] == ' ') at++;
    }

    // Printable text only: a tab, a lone carriage return, control characters, line or paragraph
    // separators, byte-order marks and surrogates are all things YAML treats specially.
    private static bool HasPlainCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')) continue;
                return false;
            }
            if (c < 0x7F) continue;
            if (c <= 0x9F || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
