using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Numbers;
using DeepExam.Values;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>
/// Reads literal values from YAML: numbers (exact), true/false, text and lists, and records where a list's items may
/// be records (a <c>choice</c>, a bank's <c>from</c>, a fixed list). A record is a mapping of field names to such
/// literals, read as a <see cref="RecordValue"/> of kind <see cref="Kind"/> with its fields in the first record's
/// order. Every record of one list has the same fields, each holding the same sort of value, so an expression that
/// reads a field reads it in every variant; a record that differs is reported at its own line.
/// </summary>
public static class RecordReader
{
    /// <summary>The kind of every record written in a template (builtins make records of other kinds: layers, traces).</summary>
    public const string Kind = "record";

    /// <summary>The items of a list; mappings among them are records. Null when any item is wrong (each is reported).</summary>
    public static ImmutableArray<Value>? Items(YamlSequenceNode list, string file, DiagnosticBag diagnostics)
    {
        var items = list.Children.Select(node => node is YamlMappingNode map ? Record(map, file, diagnostics) : Plain(node, file, diagnostics)).ToList();
        if (items.Any(i => i is null)) return null;
        var firstRecord = items.FindIndex(i => i is RecordValue);
        if (firstRecord < 0) return [.. items!];
        var first = (RecordValue)items[firstRecord]!;
        var consistent = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not RecordValue record)
            {
                diagnostics.Error(YamlSource.Location(file, list.Children[i]), $"a list that holds records holds only records, but this item is {items[i]!.Describe()}", DiagnosticCodes.ListMixesRecords);
                consistent = false;
            }
            else if (i != firstRecord && Conform(record, first, (YamlMappingNode)list.Children[i], file, diagnostics) is { } conformed) items[i] = conformed;
            else if (i != firstRecord) consistent = false;
        }
        return consistent ? [.. items!] : null;
    }

    /// <summary>One record; its fields in the order written.</summary>
    public static RecordValue? Record(YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        var map = YamlMap.From(file, node, diagnostics, "a record")!;
        var fields = ImmutableArray.CreateBuilder<KeyValuePair<string, Value>>();
        var valid = true;
        foreach (var (name, key, value) in map.Entries)
        {
            if (!TemplateNames.IsIdentifier(name))
            {
                diagnostics.Error(YamlSource.Location(file, key), $"field name '{name}' is not a valid name: use letters, digits and '_', starting with a letter, so that an expression can read it as .{name}", DiagnosticCodes.InvalidFieldName);
                valid = false;
            }
            if (value is YamlMappingNode)
            {
                diagnostics.Error(YamlSource.Location(file, value), $"field '{name}' must be a number, text, true/false or a list: records do not nest", DiagnosticCodes.NestedRecord);
                valid = false;
            }
            else if (Plain(value, file, diagnostics) is { } v) fields.Add(KeyValuePair.Create(name, v));
            else valid = false;
        }
        if (fields.Count == 0 && valid)
        {
            diagnostics.Error(YamlSource.Location(file, node), "a record needs at least one field, e.g. { text: ..., truth: true }", DiagnosticCodes.RecordWithoutFields);
            return null;
        }
        return valid ? new RecordValue(Kind, fields.ToImmutable()) : null;
    }

    /// <summary>A value without records: numbers (exact), true/false, lists; anything else is text.</summary>
    public static Value? Plain(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } s } scalar:
                if (scalar.Style is YamlDotNet.Core.ScalarStyle.Plain)
                {
                    if (Rational.TryParse(s, out var r)) return Value.Of(r);
                    if (s is "true" or "false") return Value.Of(s == "true");
                }
                return Value.Of(s);
            case YamlSequenceNode seq:
                var items = seq.Select(n => Plain(n, file, diagnostics)).ToList();
                return items.Any(i => i is null) ? null : new ListValue([.. items!]);
            default:
                diagnostics.Error(YamlSource.Location(file, node), "expected a number, a word, true/false or a list", DiagnosticCodes.NotAValue);
                return null;
        }
    }

    /// <summary>The record with the first record's fields in the first record's order, or null (reported) when they differ.</summary>
    private static RecordValue? Conform(RecordValue record, RecordValue first, YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        var names = record.Fields.Select(f => f.Key).ToList();
        var expected = first.Fields.Select(f => f.Key).ToList();
        var missing = expected.Except(names).ToList();
        var extra = names.Except(expected).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var problems = new List<string>();
            if (missing.Count > 0) problems.Add($"lacks {Quoted(missing)}");
            if (extra.Count > 0) problems.Add($"has {Quoted(extra)}{(extra.Count == 1 ? Suggestions.DidYouMean(extra[0], missing) : "")}");
            diagnostics.Error(YamlSource.Location(file, node),
                $"every record of a list has the fields of the first ({string.Join(", ", expected)}), but this one {string.Join(" and ", problems)}", DiagnosticCodes.RecordFieldsDiffer);
            return null;
        }
        var consistent = true;
        foreach (var (name, value) in first.Fields)
        {
            var here = record[name];
            if (Sort(here) == Sort(value)) continue;
            var valueNode = node.Children.First(c => c.Key is YamlScalarNode { Value: var k } && k == name).Value;
            diagnostics.Error(YamlSource.Location(file, valueNode), $"field '{name}' is {Sort(value)} in the first record but {Sort(here)} here", DiagnosticCodes.RecordFieldSortDiffers);
            consistent = false;
        }
        return consistent ? new RecordValue(Kind, [.. expected.Select(name => KeyValuePair.Create(name, record[name]))]) : null;
    }

    private static string Sort(Value value) => value switch
    {
        NumberValue => "a number",
        BoolValue => "true/false",
        ListValue => "a list",
        _ => "text",
    };

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
