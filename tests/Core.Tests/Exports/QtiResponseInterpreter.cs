using System.Globalization;
using System.Xml.Linq;

namespace DeepExam.Tests.Exports;

/// <summary>
/// Runs an item's responseProcessing as a QTI 2.1 delivery engine would, for exactly the rules and operators the export
/// writes, read from the item's XML, independently of the writer: responseCondition (responseIf, responseElseIf,
/// responseElse), setOutcomeValue; variable, baseValue; match (a multiple container matches as a bag), equal (exact and
/// absolute tolerance), and, or, isNull, member, multiple, sum, subtract, product, divide, gt. NULL is C# null: an operator given
/// NULL gives NULL (isNull and multiple excepted), a condition that is NULL is false, and an empty container is NULL.
/// Values are double (float), long (integer), string (identifier) and bool; a multiple container is a List&lt;object&gt;.
/// Anything else the test meets fails it, so the export cannot write an operator this interpreter does not check.
/// </summary>
internal sealed class QtiResponseInterpreter
{
    private static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);

    private QtiResponseInterpreter() { }

    /// <summary>The outcomes after processing these responses (an identifier missing from <paramref name="responses"/> is NULL: not answered).</summary>
    public static IReadOnlyDictionary<string, object?> Run(XElement item, IReadOnlyDictionary<string, object?> responses)
    {
        var run = new QtiResponseInterpreter();
        foreach (var declaration in item.Elements(Qti + "responseDeclaration"))
        {
            var id = (string)declaration.Attribute("identifier")!;
            run._variables[id] = responses.GetValueOrDefault(id);
        }
        foreach (var declaration in item.Elements(Qti + "outcomeDeclaration"))
        {
            var value = declaration.Element(Qti + "defaultValue")?.Element(Qti + "value")?.Value;
            run._variables[(string)declaration.Attribute("identifier")!] = value is null ? null : Parse((string)declaration.Attribute("baseType")!, value);
        }
        foreach (var rule in item.Element(Qti + "responseProcessing")!.Elements()) run.Rule(rule);
        return run._variables;
    }

    private void Rule(XElement rule)
    {
        switch (rule.Name.LocalName)
        {
            case "setOutcomeValue":
                _variables[(string)rule.Attribute("identifier")!] = Evaluate(rule.Elements().Single());
                break;
            case "responseCondition":
                foreach (var branch in rule.Elements())
                {
                    if (branch.Name.LocalName == "responseElse" || Evaluate(branch.Elements().First()) is true)
                    {
                        foreach (var inner in branch.Name.LocalName == "responseElse" ? branch.Elements() : branch.Elements().Skip(1)) Rule(inner);
                        break;
                    }
                }
                break;
            default:
                throw new NotSupportedException($"response rule {rule.Name.LocalName}");
        }
    }

    private object? Evaluate(XElement e)
    {
        var args = e.Elements().ToList();
        switch (e.Name.LocalName)
        {
            case "variable":
                return _variables.TryGetValue((string)e.Attribute("identifier")!, out var v) ? v : throw new InvalidOperationException($"undeclared variable {e.Attribute("identifier")}");
            case "baseValue":
                return Parse((string)e.Attribute("baseType")!, e.Value);
            case "multiple":
            {
                var items = new List<object>();
                foreach (var value in args.Select(Evaluate))
                {
                    if (value is List<object> inner) items.AddRange(inner);
                    else if (value is not null) items.Add(value);
                }
                return items.Count == 0 ? null : items;
            }
            case "isNull":
                return Evaluate(args.Single()) is null;
            case "match":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null) return null;
                if (a is List<object> x && b is List<object> y)
                    return x.Count == y.Count && x.OrderBy(o => o.ToString(), StringComparer.Ordinal).SequenceEqual(y.OrderBy(o => o.ToString(), StringComparer.Ordinal));
                if (a is double || b is double) throw new NotSupportedException("match on floats: QTI compares floats with equal");
                return a.Equals(b);
            }
            case "equal":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null) return null;
                double x = Number(a), y = Number(b);
                var mode = (string?)e.Attribute("toleranceMode") ?? "exact";
                if (mode == "exact") return x == y;
                if (mode != "absolute") throw new NotSupportedException($"equal toleranceMode {mode}");
                var t = ((string)e.Attribute("tolerance")!).Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
                double low = y - t[0], high = y + (t.Count > 1 ? t[1] : t[0]);
                var lower = (string?)e.Attribute("includeLowerBound") != "false";
                var upper = (string?)e.Attribute("includeUpperBound") != "false";
                return (lower ? x >= low : x > low) && (upper ? x <= high : x < high);
            }
            case "and":
            {
                var values = args.Select(Evaluate).ToList();
                if (values.Any(value => value is null)) return null;
                return values.All(value => value is true);
            }
            case "or":
            {
                var values = args.Select(Evaluate).ToList();
                if (values.Any(value => value is true)) return true;
                return values.Any(value => value is null) ? null : false;
            }
            case "member":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null) return null;
                return ((List<object>)b).Contains(a);
            }
            case "sum" or "product":
            {
                var values = args.Select(Evaluate).ToList();
                if (values.Any(value => value is null)) return null;
                if (values.All(value => value is long))
                    return e.Name.LocalName == "sum" ? values.Sum(value => (long)value!) : values.Aggregate(1L, (p, value) => p * (long)value!);
                return e.Name.LocalName == "sum" ? values.Sum(value => Number(value!)) : values.Aggregate(1.0, (p, value) => p * Number(value!));
            }
            case "subtract":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null) return null;
                return a is long i && b is long j ? i - j : Number(a) - Number(b);
            }
            case "divide":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null || Number(b) == 0) return null;
                return Number(a) / Number(b);
            }
            case "gt":
            {
                var (a, b) = (Evaluate(args[0]), Evaluate(args[1]));
                if (a is null || b is null) return null;
                return Number(a) > Number(b);
            }
            default:
                throw new NotSupportedException($"expression {e.Name.LocalName}");
        }
    }

    private static double Number(object value) => value switch
    {
        double d => d,
        long l => l,
        _ => throw new InvalidOperationException($"not a number: {value}"),
    };

    private static object Parse(string baseType, string text) => baseType switch
    {
        "float" => double.Parse(text, CultureInfo.InvariantCulture),
        "integer" => long.Parse(text, CultureInfo.InvariantCulture),
        "identifier" => text,
        "boolean" => text == "true",
        _ => throw new NotSupportedException($"baseType {baseType}"),
    };
}
