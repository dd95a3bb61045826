using System.Globalization;
using DeepExam.Diagnostics;
using DeepExam.Numbers;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>
/// A YAML mapping read field by field. Each accessor reports a missing or ill-typed field to the
/// diagnostics and returns null, so loading goes on and collects every problem; <see cref="ReportUnknownKeys"/>
/// then flags keys nobody asked for (usually a typo).
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string File { get; }
    public YamlNode Node { get; }
    public DiagnosticBag Diagnostics { get; }
    public SourceLocation Location => YamlSource.Location(File, Node);

    private YamlMap(string file, YamlMappingNode node, DiagnosticBag diagnostics)
    {
        File = file;
        Node = node;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                diagnostics.Error(YamlSource.Location(file, key), "keys must be plain names", DiagnosticCodes.KeyNotPlain);
                continue;
            }
            if (!_entries.TryAdd(name, (scalar, value)))
                diagnostics.Error(YamlSource.Location(file, key), $"'{name}' is given twice", DiagnosticCodes.KeyGivenTwice);
        }
    }

    public static YamlMap? From(string file, YamlNode? node, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode map) return new YamlMap(file, map, diagnostics);
        if (node is not null) diagnostics.Error(YamlSource.Location(file, node), $"{what} must be a mapping of keys to values", DiagnosticCodes.NotAMapping);
        return null;
    }

    public IEnumerable<(string Name, YamlScalarNode Key, YamlNode Value)> Entries =>
        _entries.Select(e => (Name: e.Key, Key: e.Value.Key, Value: e.Value.Value)).OrderBy(e => e.Key.Start.Index);

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Get(string key, bool required = false)
    {
        _read.Add(key);
        if (_entries.TryGetValue(key, out var entry)) return entry.Value;
        if (required) Diagnostics.Error(Location, $"'{key}' is required", DiagnosticCodes.RequiredKeyMissing);
        return null;
    }

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var e) ? YamlSource.Location(File, e.Value) : Location;

    public YamlScalarNode? Scalar(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null or YamlScalarNode) return (YamlScalarNode?)node;
        Diagnostics.Error(YamlSource.Location(File, node), $"'{key}' must be a single value, not a list or mapping", DiagnosticCodes.NotASingleValue);
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Scalar(key, required);
        if (node?.Value is null) return null;
        if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        Diagnostics.Error(YamlSource.Location(File, node), $"'{key}' must be a whole number{(min > int.MinValue ? $" from {min}" : "")}{(max < int.MaxValue ? $" to {max}" : "")}, got '{node.Value}'", DiagnosticCodes.NotAWholeNumber);
        return null;
    }

    public Rational? Rational(string key, bool required = false)
    {
        var node = Scalar(key, required);
        if (node?.Value is null) return null;
        if (Numbers.Rational.TryParse(node.Value, out var v)) return v;
        Diagnostics.Error(YamlSource.Location(File, node), $"'{key}' must be a number such as 2, 0.5 or 1/3, got '{node.Value}'", DiagnosticCodes.NotANumber);
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Scalar(key);
        if (node?.Value is null) return null;
        if (node.Value is "true" or "false") return node.Value == "true";
        Diagnostics.Error(YamlSource.Location(File, node), $"'{key}' must be true or false, got '{node.Value}'", DiagnosticCodes.NotTrueOrFalse);
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null or YamlSequenceNode) return (YamlSequenceNode?)node;
        Diagnostics.Error(YamlSource.Location(File, node), $"'{key}' must be a list", DiagnosticCodes.NotAList);
        return null;
    }

    /// <summary>A list of plain strings, e.g. <c>tags: [conv, shapes]</c>.</summary>
    public List<string> Strings(string key)
    {
        var list = new List<string>();
        if (Sequence(key) is not { } seq) return list;
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } s }) list.Add(s);
            else Diagnostics.Error(YamlSource.Location(File, item), $"each item of '{key}' must be a single value", DiagnosticCodes.ListItemNotSingle);
        }
        return list;
    }

    public YamlMap? Map(string key, bool required = false) => From(File, Get(key, required), Diagnostics, $"'{key}'");

    public void ReportUnknownKeys(string what)
    {
        foreach (var (name, (key, _)) in _entries)
            if (!_read.Contains(name))
                Diagnostics.Error(YamlSource.Location(File, key), $"unknown key '{name}' in {what}{Suggestions.DidYouMean(name, _read)}", DiagnosticCodes.UnknownKey);
    }
}
