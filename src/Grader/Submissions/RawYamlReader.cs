using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Reads one untrusted YAML document in a single pass over the parser's events, with an explicit
/// stack: refuses anchors and aliases (the raw material of alias bombs), nesting deeper than a limit,
/// more than one document and oversized documents, before anything is expanded. A key given twice
/// keeps its first value and is reported (a bounded number of them, each key cut short: see
/// <see cref="FileQuote"/>), where a strict loader would reject the whole file.
/// </summary>
public static class RawYamlReader
{
    public const int MaxDepth = 12;
    public const int MaxEvents = 100_000;

    public sealed class Refused(string message) : Exception(message);

    public static (RawYaml? Root, List<string> Notes) Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Builder>();
        RawYaml? root = null;
        var twice = new List<string>();
        int events = 0, documents = 0, complexKeys = 0;
        while (parser.MoveNext())
        {
            if (++events > MaxEvents) throw new Refused(string.Create(CultureInfo.InvariantCulture, $"the file holds more than {MaxEvents:N0} YAML items; an answer file is far smaller"));
            switch (parser.Current)
            {
                case AnchorAlias:
                    throw new Refused("the file uses YAML aliases (*name), which answer files do not need");
                case NodeEvent { Anchor.IsEmpty: false }:
                    throw new Refused("the file uses YAML anchors (&name), which answer files do not need");
                case DocumentStart:
                    if (++documents > 1) throw new Refused("the file holds more than one YAML document");
                    break;
                case YamlDotNet.Core.Events.Scalar s:
                    Add(new RawYaml.Scalar(s.Value, s.Style is not ScalarStyle.Plain));
                    break;
                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= MaxDepth) throw new Refused($"the answers are nested more than {MaxDepth} levels deep");
                    stack.Push(new Builder(parser.Current is MappingStart));
                    break;
                case SequenceEnd:
                case MappingEnd:
                    Add(stack.Pop().Build());
                    break;
            }
        }
        var notes = FileQuote.FirstOf(twice, k => $"'{FileQuote.Cut(k)}' is given twice; the first value counts",
            n => $"{n} more keys are given twice; the first value of each counts").ToList();
        if (complexKeys > 0) notes.Add(complexKeys == 1 ? "a key that is a list or mapping was ignored" : $"{FileQuote.Count(complexKeys)} keys that are lists or mappings were ignored");
        return (root, notes);

        void Add(RawYaml node)
        {
            if (stack.Count == 0) { root = node; return; }
            var top = stack.Peek();
            if (!top.IsMapping) { top.Items.Add(node); return; }
            if (top.PendingKey is null)
            {
                top.PendingKey = node is RawYaml.Scalar k ? k.Value : "";
                if (node is not RawYaml.Scalar) complexKeys++;
                return;
            }
            var key = top.PendingKey;
            top.PendingKey = null;
            if (top.Keys.Add(key)) top.Entries.Add(KeyValuePair.Create(key, node));
            else twice.Add(key);
        }
    }

    // A mapping needs its entries and keys, a sequence its items; each gets only what it needs, as a
    // submission holds one small sequence per matrix row.
    private sealed class Builder(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;
        public List<RawYaml> Items { get; } = isMapping ? null! : [];
        public List<KeyValuePair<string, RawYaml>> Entries { get; } = isMapping ? [] : null!;
        public HashSet<string> Keys { get; } = isMapping ? new(StringComparer.Ordinal) : null!;
        public string? PendingKey { get; set; }

        public RawYaml Build() => IsMapping ? new RawYaml.Mapping([.. Entries]) : new RawYaml.Sequence([.. Items]);
    }
}
