using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Diagnostics;
using DeepExam.Numbers;
using DeepExam.Templates.Domains;
using DeepExam.Values;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>
/// Reads a parameter's domain: <c>{ int: [8, 64], step: 4 }</c>, <c>{ choice: [3, 5, 7] }</c>, <c>bool</c>,
/// <c>{ rational: [-2, 2], denominators: [2, 4] }</c>, <c>{ matrix: [3, 3], range: [-3, 3] }</c>
/// (also <c>vector: 4</c> and <c>tensor: [2, 3, 3]</c>), <c>{ sample: 3, from: [...] }</c>, or a fixed value such as
/// <c>32</c>. The items of a choice, of a bank's <c>from</c> and of a fixed list may be records (see <see cref="RecordReader"/>).
/// A domain written as a map may also give the TeX name the worked solution writes the parameter with
/// (<c>{ matrix: [2, 2], tex: "\\partial L / \\partial Y" }</c>).
/// </summary>
public static class ParameterDomainReader
{
    private static readonly string[] Kinds = ["int", "choice", "bool", "rational", "vector", "matrix", "tensor", "sample"];

    /// <param name="name">The parameter's name, for diagnostics.</param>
    /// <param name="tex">The TeX name given with <c>tex</c>, or null.</param>
    public static ParameterDomain? Read(string file, string name, YamlNode node, DiagnosticBag diagnostics, out string? tex)
    {
        tex = null;
        switch (node)
        {
            case YamlScalarNode { Value: "bool" }:
                return new BooleanDomain();
            case YamlScalarNode or YamlSequenceNode:
                return ToValue(node, file, diagnostics) is { } fixedValue ? new ChoiceDomain([fixedValue]) : null;
        }
        var map = YamlMap.From(file, node, diagnostics, "a parameter")!;
        var kinds = Kinds.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            diagnostics.Error(map.Location, kinds.Count == 0
                ? $"a parameter needs one of: {string.Join(", ", Kinds)}"
                : $"a parameter takes one of {string.Join(", ", Kinds)}, not {string.Join(" and ", kinds)}", DiagnosticCodes.ParameterKindNotOne);
            return null;
        }
        ParameterDomain? domain = kinds[0] switch
        {
            "int" => ReadIntegerRange(map),
            "choice" => ReadChoice(map),
            "bool" => map.Bool("bool") is null ? null : new BooleanDomain(),
            "rational" => ReadRational(map),
            "sample" => ReadSample(map),
            _ => ReadTensor(map, kinds[0]),
        };
        tex = TexNameReader.Read(map, $"parameter '{name}'");
        map.ReportUnknownKeys("a parameter");
        return domain;
    }

    private static ParameterDomain? ReadIntegerRange(YamlMap map)
    {
        var bounds = ReadPair(map, "int");
        var step = map.Int("step", min: 1) ?? 1;
        if (bounds is not var (min, max)) return null;
        if (!min.IsInteger || !max.IsInteger) { map.Diagnostics.Error(map.LocationOf("int"), "int bounds must be whole numbers", DiagnosticCodes.IntBoundsNotWhole); return null; }
        if (min > max) { map.Diagnostics.Error(map.LocationOf("int"), $"the range [{min}, {max}] is empty", DiagnosticCodes.EmptyRange); return null; }
        return new IntegerRange(min.Numerator, max.Numerator, new BigInteger(step));
    }

    private static ParameterDomain? ReadChoice(YamlMap map)
    {
        if (map.Sequence("choice") is not { } seq) return null;
        if (seq.Children.Count == 0) { map.Diagnostics.Error(map.LocationOf("choice"), "choice needs at least one value", DiagnosticCodes.EmptyChoice); return null; }
        return RecordReader.Items(seq, map.File, map.Diagnostics) is { } values ? new ChoiceDomain(values) : null;
    }

    /// <summary><c>{ sample: k, from: [...] }</c>: k distinct items of a bank whose items are listed once each.</summary>
    private static ParameterDomain? ReadSample(YamlMap map)
    {
        var count = map.Int("sample", min: 1);
        if (map.Sequence("from", required: true) is not { } seq) return null;
        if (seq.Children.Count == 0) { map.Diagnostics.Error(map.LocationOf("from"), "'from' needs at least one item to draw", DiagnosticCodes.EmptyBank); return null; }
        if (RecordReader.Items(seq, map.File, map.Diagnostics) is not { } bank || count is null) return null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = true;
        for (var i = 0; i < bank.Length; i++)
        {
            if (seen.TryAdd(bank[i].ToString(), i)) continue;
            map.Diagnostics.Error(YamlSource.Location(map.File, seq.Children[i]), $"this item repeats item {seen[bank[i].ToString()] + 1} of 'from': a bank draws distinct items, so list each once", DiagnosticCodes.BankItemRepeated);
            distinct = false;
        }
        if (count > bank.Length)
        {
            map.Diagnostics.Error(map.LocationOf("sample"), $"cannot draw {count} distinct items from a bank of {bank.Length}", DiagnosticCodes.SampleLargerThanBank);
            return null;
        }
        return distinct ? new SampleDomain(count.Value, bank) : null;
    }

    private static ParameterDomain? ReadRational(YamlMap map)
    {
        var bounds = ReadPair(map, "rational");
        var denominators = ReadDenominators(map);
        if (bounds is not var (min, max) || denominators is null) return null;
        if (min > max) { map.Diagnostics.Error(map.LocationOf("rational"), $"the range [{min}, {max}] is empty", DiagnosticCodes.EmptyRange); return null; }
        return new RationalRange(min, max, denominators.Value);
    }

    private static ParameterDomain? ReadTensor(YamlMap map, string kind)
    {
        var shapeNode = map.Get(kind);
        var shape = new List<int>();
        if (shapeNode is YamlScalarNode { Value: { } single } && int.TryParse(single, out var n)) shape.Add(n);
        else if (shapeNode is YamlSequenceNode seq)
            foreach (var item in seq)
                shape.Add(item is YamlScalarNode { Value: { } s } && int.TryParse(s, out var d) ? d : -1);
        var expectedRank = kind switch { "vector" => 1, "matrix" => 2, _ => 0 };
        if (shape.Count == 0 || shape.Any(d => d < 1 || d > 64) || (expectedRank > 0 && shape.Count != expectedRank) || shape.Count > Tensor.MaxRank)
        {
            map.Diagnostics.Error(map.LocationOf(kind), kind switch
            {
                "vector" => "vector needs a length from 1 to 64, e.g. vector: 4",
                "matrix" => "matrix needs [rows, columns], each from 1 to 64",
                _ => $"tensor needs a shape of 1 to {Tensor.MaxRank} sizes from 1 to 64, e.g. tensor: [2, 3, 3]",
            }, DiagnosticCodes.InvalidTensorShape);
            return null;
        }
        var range = map.Has("range") ? ReadPair(map, "range") : (-3, 3);
        var denominators = ReadDenominators(map);
        var nonZero = map.Bool("nonzero") ?? false;
        if (range is not var (min, max) || denominators is null) return null;
        if (min > max || (nonZero && min == 0 && max == 0)) { map.Diagnostics.Error(map.LocationOf("range"), $"the range [{min}, {max}] has no allowed value", DiagnosticCodes.EmptyRange); return null; }
        return new TensorDomain([.. shape], min, max, denominators.Value, nonZero);
    }

    private static (Rational, Rational)? ReadPair(YamlMap map, string key)
    {
        if (map.Sequence(key, required: true) is not { } seq) return null;
        var values = seq.Select(n => n is YamlScalarNode { Value: { } s } && Rational.TryParse(s, out var r) ? r : (Rational?)null).ToList();
        if (values.Count == 2 && values.All(v => v is not null)) return (values[0]!.Value, values[1]!.Value);
        map.Diagnostics.Error(map.LocationOf(key), $"'{key}' must be [min, max]", DiagnosticCodes.RangeNotAPair);
        return null;
    }

    private static ImmutableArray<int>? ReadDenominators(YamlMap map)
    {
        if (!map.Has("denominators")) return [1];
        var list = map.Strings("denominators");
        var parsed = list.Select(s => int.TryParse(s, out var d) && d is >= 1 and <= 1000 ? d : 0).ToList();
        if (parsed.Count == 0 || parsed.Contains(0))
        {
            map.Diagnostics.Error(map.LocationOf("denominators"), "denominators must be a list of whole numbers from 1 to 1000", DiagnosticCodes.InvalidDenominators);
            return null;
        }
        return [.. parsed.Distinct().Order()];
    }

    /// <summary>
    /// A YAML value as a language value: numbers (exact), true/false, lists, whose items may be records; anything
    /// else is a string.
    /// </summary>
    public static Value? ToValue(YamlNode node, string file, DiagnosticBag diagnostics) => node is YamlSequenceNode seq
        ? RecordReader.Items(seq, file, diagnostics) is { } items ? new ListValue(items) : null
        : RecordReader.Plain(node, file, diagnostics);
}
