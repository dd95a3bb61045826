using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// Reads YAML as JSON the way a YAML editor does before it checks a file against a JSON Schema: plain
/// scalars are typed by the YAML 1.2 core schema (<c>2</c> a number, <c>true</c> a boolean, an empty value
/// null, <c>1/4</c> a string), quoted and block scalars are strings. The schema is written for that view,
/// so the tests must see the file the same way, not the way the loader does (it reads every scalar as text).
/// </summary>
internal static partial class YamlToJson
{
    public static JToken Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents.Single().RootNode);
    }

    public static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(e => new JProperty(((YamlScalarNode)e.Key).Value!, Convert(e.Value)))),
        YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"unexpected YAML node {node.GetType().Name}"),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!")) return new JValue(text);
        if (NullPattern().IsMatch(text)) return JValue.CreateNull();
        if (BoolPattern().IsMatch(text)) return new JValue(text.StartsWith('t') || text.StartsWith('T'));
        if (IntegerPattern().IsMatch(text)) return Number(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && text[2..].All(c => c is >= '0' and <= '7'))
            return Number(text[2..].Aggregate(BigInteger.Zero, (n, c) => n * 8 + (c - '0')));
        if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length > 2 && text[2..].All(char.IsAsciiHexDigit))
            return Number(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text))
        {
            // A JavaScript editor keeps one kind of number, so 2.0 is the integer 2 there.
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
                return exact == decimal.Truncate(exact) ? Number(new BigInteger(exact)) : new JValue(exact);
            return new JValue(value);
        }
        if (InfinityPattern().IsMatch(text)) return new JValue(text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        if (NaNPattern().IsMatch(text)) return new JValue(double.NaN);
        return new JValue(text);
    }

    private static JValue Number(BigInteger n) => n >= long.MinValue && n <= long.MaxValue ? new JValue((long)n) : new JValue(n);

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?\.(?:inf|Inf|INF)$")]
    private static partial Regex InfinityPattern();

    [GeneratedRegex(@"^\.(?:nan|NaN|NAN)$")]
    private static partial Regex NaNPattern();
}
