using System.Collections.Concurrent;
using DeepExam.Values;
using HandlebarsDotNet;

namespace DeepExam.Text;

/// <summary>
/// Renders exercise text (Handlebars → Markdown with TeX math) against a variant's values.
/// Helpers: <c>{{tex x}}</c>, <c>{{dims shape}}</c>, <c>{{col v}}</c>, <c>{{group n}}</c>, <c>{{texgroup n}}</c>,
/// <c>{{dec x 3}}</c>. Unknown names are errors, not empty text, so a typo cannot reach a student.
/// Compiled templates are cached per renderer; rendering is thread-safe.
/// </summary>
public sealed class TextRenderer
{
    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> HelperNames = ["tex", "dims", "col", "group", "texgroup", "dec"];

    public TextRenderer()
    {
        _handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
        });
        _handlebars.RegisterHelper("tex", (writer, _, args) => writer.WriteSafeString(ValueFormatter.Tex(Arg(args, 0))));
        _handlebars.RegisterHelper("dims", (writer, _, args) => writer.WriteSafeString(ValueFormatter.TexDimensions(Arg(args, 0))));
        _handlebars.RegisterHelper("col", (writer, _, args) => writer.WriteSafeString(
            Arg(args, 0) is TensorValue { Tensor.Rank: 1 } t ? ValueFormatter.TexTensor(t.Tensor, column: true) : ValueFormatter.Tex(Arg(args, 0))));
        _handlebars.RegisterHelper("group", (writer, _, args) => writer.WriteSafeString(ValueFormatter.Grouped(Arg(args, 0), tex: false)));
        _handlebars.RegisterHelper("texgroup", (writer, _, args) => writer.WriteSafeString(ValueFormatter.Grouped(Arg(args, 0), tex: true)));
        _handlebars.RegisterHelper("dec", (writer, _, args) =>
        {
            var digits = args.Length > 1 && int.TryParse(Convert.ToString(args[1], System.Globalization.CultureInfo.InvariantCulture), out var d) ? d : 3;
            writer.WriteSafeString(ValueFormatter.Decimal(Arg(args, 0), Math.Clamp(digits, 0, 12)));
        });
    }

    /// <summary>Compiles (once) and renders <paramref name="source"/>; throws <see cref="HandlebarsException"/> on bad text.</summary>
    public string Render(string source, IReadOnlyDictionary<string, Value> values)
    {
        if (string.IsNullOrEmpty(source)) return "";
        // Text without a mustache renders as itself (most feedback lines): no template to compile.
        if (!source.Contains("{{", StringComparison.Ordinal)) return source;
        var template = _compiled.GetOrAdd(source, s => _handlebars.Compile(s));
        return template(ToContext(values));
    }

    private static Dictionary<string, object> ToContext(IReadOnlyDictionary<string, Value> values)
    {
        var context = new Dictionary<string, object>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
            context[name] = value switch
            {
                BoolValue b => b.Value, // so {{#if bias}} tests the boolean, not the object
                StringValue s => s.Value,
                _ => value,
            };
        return context;
    }

    private static Value Arg(Arguments args, int index) => args.Length > index
        ? args[index] switch
        {
            Value v => v,
            bool b => Value.Of(b),
            string s => Value.Of(s),
            int i => Value.Of(i),
            var other => Value.Of(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        }
        : NoneValue.Instance;
}
