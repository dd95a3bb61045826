using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DeepExam.Grading.Answers;
using YamlDotNet.Core;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Reads one answer file without trusting it: size and text checks first, then a pass over the YAML
/// events that refuses deep nesting, anchors and aliases (an alias bomb expands only if a reader
/// follows the aliases) and huge documents before any tree is built. Never throws for a bad file.
/// </summary>
public static class SubmissionReader
{
    public const long MaxBytes = 1024 * 1024;
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal) { "sheet", "exam", "student", "check", "answers" };

    /// <summary>Reads the file's bytes, as <see cref="SubmissionFolder"/> took them from the open file.</summary>
    /// <param name="file">Its <see cref="SubmissionFile.Length"/> is what the open file said before any byte was read.</param>
    /// <param name="bytes">Nothing when the length is over the limit; otherwise at most one byte more than the limit, so that a file that grew past it while being read is refused too.</param>
    public static SubmissionRead Read(SubmissionFile file, ReadOnlySpan<byte> bytes)
    {
        if (file.Length > MaxBytes)
            return Fail(string.Create(CultureInfo.InvariantCulture, $"the file is {file.Length:N0} bytes; an answer file is at most {MaxBytes:N0} bytes"));
        if (bytes.Length > MaxBytes)
            return Fail(string.Create(CultureInfo.InvariantCulture, $"the file grew past {MaxBytes:N0} bytes while it was read; an answer file is at most {MaxBytes:N0} bytes"));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail("the file is not UTF-8 text (is it a binary file or a word-processor document?)");
        }
        if (text.Contains('\0')) return Fail("the file is not a text file (it contains NUL bytes)");
        if (string.IsNullOrWhiteSpace(text)) return Fail("the file is empty");
        return Parse(file, text.TrimStart('\uFEFF'));

        SubmissionRead Fail(string problem) => new(file, null, problem);
    }

    /// <summary>An answer file that could not be opened or read; <paramref name="reason"/> is the system's word for why.</summary>
    public static SubmissionRead CouldNotRead(SubmissionFile file, string reason) => new(file, null, $"the file could not be read: {reason}");

    /// <param name="texts">Where short keys and values are shared across files (<see cref="SharedTexts.AnswerFiles"/> when not given).</param>
    public static SubmissionRead Parse(SubmissionFile file, string text, SharedTexts? texts = null)
    {
        texts ??= SharedTexts.AnswerFiles;
        RawYaml? root;
        List<string> readNotes;
        try
        {
            // Nearly every file is a filled-in sheet in plain YAML; anything else gets the full reader.
            (root, readNotes) = SheetYamlReader.TryRead(text, texts) is { } plain ? (plain, []) : RawYamlReader.Read(text);
        }
        catch (RawYamlReader.Refused e)
        {
            return new(file, null, e.Message);
        }
        catch (YamlException e)
        {
            return new(file, null, $"invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {Message(e)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet reports some malformed input (an unclosed flow list at the end of a file) this way.
            return new(file, null, "invalid YAML: the file ends in the middle of a list or mapping (a missing ']' or '}'?)");
        }
        if (root is not RawYaml.Mapping map)
            return new(file, null, "the file must be a mapping with exam, student, check and answers, like the answer sheet handed out");

        var notes = ImmutableArray.CreateBuilder<string>();
        notes.AddRange(readNotes);
        var fields = map.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        string? Scalar(string key)
        {
            if (!fields.TryGetValue(key, out var node)) return null;
            if (node is RawYaml.Scalar s) return s.Value.Trim();
            notes.Add($"'{key}' should be a single value; it was ignored");
            return null;
        }
        var unknown = map.Entries.Select(e => e.Key).Where(k => !KnownKeys.Contains(k)).ToList();
        notes.AddRange(FileQuote.FirstOf(unknown, k => $"unknown key '{FileQuote.Cut(k)}' ignored", n => $"{n} more unknown keys were ignored"));

        var answers = new Dictionary<string, AnswerNode>(StringComparer.Ordinal);
        switch (fields.GetValueOrDefault("answers"))
        {
            case null:
                notes.Add("there is no 'answers' section");
                break;
            case RawYaml.Scalar { Value: "" or "~" or "null", Quoted: false }:
                break;
            case RawYaml.Mapping answerMap:
                var (noKey, twice) = (0, new List<string>());
                foreach (var (key, value) in answerMap.Entries)
                {
                    var name = PartKey.Normalize(key);
                    if (name.Length == 0) noKey++;
                    else if (!answers.TryAdd(name, ToNode(value, texts))) twice.Add(name);
                }
                if (noKey > 0) notes.Add(noKey == 1 ? "an answer has no part key; it was ignored" : $"{FileQuote.Count(noKey)} answers have no part key; they were ignored");
                notes.AddRange(FileQuote.FirstOf(twice, k => $"part {FileQuote.Cut(k)} is answered twice; the first answer counts",
                    n => $"{n} more parts are answered twice; the first answer of each counts"));
                break;
            default:
                return new(file, null, "'answers' must be a mapping of part keys to answers, e.g. \"1.a\": 42");
        }
        return new(file, new Submission(file, Scalar("exam"), Scalar("student"), Scalar("check"), answers.AsReadOnly(), notes.ToImmutable()), null);
    }

    private static AnswerNode ToNode(RawYaml node, SharedTexts texts) => node switch
    {
        RawYaml.Scalar { Quoted: false, Value: "" or "~" or "null" } => AnswerNode.Empty.Instance,
        RawYaml.Scalar s when string.IsNullOrWhiteSpace(s.Value) => AnswerNode.Empty.Instance,
        RawYaml.Scalar s => texts.NodeOf(s.Value, s.Quoted),
        RawYaml.Sequence seq => texts.RowOf(Nodes(seq.Items, texts)),
        _ => new AnswerNode.Unreadable("a mapping (key: value pairs) is not an answer"),
    };

    // A loop rather than Select: every row of every matrix of every file passes here.
    private static AnswerNode[] Nodes(ImmutableArray<RawYaml> items, SharedTexts texts)
    {
        var nodes = new AnswerNode[items.Length];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = ToNode(items[i], texts);
        return nodes;
    }

    private static string Message(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }
}
