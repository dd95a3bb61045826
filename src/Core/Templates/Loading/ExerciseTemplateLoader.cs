using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Text;
using DeepExam.Values;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>
/// Reads an exercise template file into an <see cref="ExerciseTemplate"/>. Never throws on bad input:
/// it collects every problem in the file (YAML syntax, missing or unknown keys, expression syntax,
/// unknown names and functions, wrong arity, bad Handlebars) with file:line:column.
/// </summary>
public sealed class ExerciseTemplateLoader(BuiltinRegistry builtins)
{
    /// <param name="expectedId">The id the file must declare: a library finds a template by its file name.</param>
    public TemplateLoadResult Load(string path, string? displayPath = null, string? expectedId = null)
    {
        displayPath ??= path;
        var diagnostics = new DiagnosticBag();
        var text = YamlSource.ReadText(path, displayPath, diagnostics);
        var root = text is null ? null : YamlSource.Parse(text, displayPath, diagnostics);
        return Finish(root is null ? null : Read(root, text!, displayPath, diagnostics, expectedId), diagnostics);
    }

    public TemplateLoadResult LoadText(string yaml, string displayPath)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlSource.Parse(yaml, displayPath, diagnostics);
        return Finish(root is null ? null : Read(root, yaml, displayPath, diagnostics), diagnostics);
    }

    private static TemplateLoadResult Finish(ExerciseTemplate? template, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? null : template, diagnostics.ToImmutable());

    private ExerciseTemplate? Read(YamlNode root, string source, string file, DiagnosticBag diagnostics, string? expectedId = null)
    {
        if (YamlMap.From(file, root, diagnostics, "an exercise template") is not { } map) return null;
        var id = map.String("id", required: true);
        diagnostics.Subject = id;
        var schema = map.Int("schema", required: true);
        if (schema == 1)
            diagnostics.Error(map.LocationOf("schema"), $"schema 1 (text written in Handlebars) is no longer read; rewrite the file for schema {ExerciseTemplate.CurrentSchema} with: migrate {file}", DiagnosticCodes.RetiredSchema);
        else if (schema is not null && schema != ExerciseTemplate.CurrentSchema)
            diagnostics.Error(map.LocationOf("schema"), $"schema {schema} is not supported; this version reads schema {ExerciseTemplate.CurrentSchema}", DiagnosticCodes.UnsupportedSchema);
        if (id is not null && !IsTemplateId(id))
            diagnostics.Error(map.LocationOf("id"), $"id '{id}' must be lower-case letters, digits and '-', starting with a letter", DiagnosticCodes.InvalidExerciseId);
        else if (id is not null && expectedId is not null && id != expectedId)
            diagnostics.Error(map.LocationOf("id"), $"id '{id}' must match the file name: rename the file to {id}.yaml or the id to '{expectedId}'", DiagnosticCodes.IdDiffersFromFileName);
        var title = map.String("title", required: true) ?? "";
        var topic = map.String("topic") ?? "";
        var tags = map.Strings("tags");
        var maxTries = map.Int("max_tries", min: 1, max: 1_000_000) ?? 1000;
        var expressions = new TemplateExpressions(file, diagnostics, builtins, source);
        var names = new List<string>();

        var parameters = ImmutableArray.CreateBuilder<ParameterDefinition>();
        if (map.Map("parameters") is { } parameterMap)
        {
            foreach (var (name, key, value) in parameterMap.Entries)
            {
                if (!CheckName(name, key, file, names, diagnostics)) continue;
                names.Add(name);
                if (ParameterDomainReader.Read(file, name, value, diagnostics, out var tex) is not { } domain) continue;
                parameters.Add(new ParameterDefinition(name, domain, YamlSource.Location(file, key), tex));
                if (RecordsOf(domain) is { } shape) expressions.RecordShapes[name] = shape;
            }
        }

        var derived = ImmutableArray.CreateBuilder<DerivedValue>();
        if (map.Map("derived") is { } derivedMap)
        {
            foreach (var (name, key, value) in derivedMap.Entries)
            {
                var (expression, tex) = ReadDerived(file, name, value, diagnostics);
                // Each derived value sees the parameters and the derived values above it.
                var compiled = expressions.Compile(expression, names.ToHashSet(StringComparer.Ordinal), $"derived '{name}'");
                if (!CheckName(name, key, file, names, diagnostics)) continue;
                names.Add(name);
                if (compiled is null) continue;
                derived.Add(new DerivedValue(name, compiled, tex));
                if (RecordFieldChecker.ShapeOf(compiled.Root, expressions.RecordShapes) is { } shape) expressions.RecordShapes[name] = shape;
            }
        }
        var scope = names.ToHashSet(StringComparer.Ordinal);

        var constraints = ImmutableArray.CreateBuilder<Constraint>();
        foreach (var node in map.Sequence("constraints") ?? [])
        {
            if (node is YamlMappingNode)
            {
                var cm = YamlMap.From(file, node, diagnostics, "a constraint")!;
                var check = expressions.Compile(cm.Get("check", required: true), scope, "constraint");
                var message = cm.String("message");
                var purpose = ReadPurpose(cm, diagnostics);
                cm.ReportUnknownKeys("a constraint");
                if (check is not null) constraints.Add(new Constraint(check, message, purpose));
            }
            else if (expressions.Compile(node, scope, "constraint") is { } check) constraints.Add(new Constraint(check, null));
        }

        var statement = map.Scalar("statement") is { Value: { } s } statementNode
            ? YamlSource.Text(file, statementNode, source)
            : TextTemplate.Empty(map.Location);

        var parts = ImmutableArray.CreateBuilder<PartTemplate>();
        var partIds = new List<string>();
        var partReader = new PartReader(file, diagnostics, expressions, source);
        var partNodes = map.Sequence("parts", required: true);
        if (partNodes is { Children.Count: 0 }) diagnostics.Error(map.LocationOf("parts"), "an exercise needs at least one part", DiagnosticCodes.NoParts);
        foreach (var node in partNodes ?? [])
        {
            if (partReader.Read(node, scope, partIds) is not { } part) continue;
            if (partIds.Contains(part.Id)) diagnostics.Error(part.Location, $"part id '{part.Id}' is used twice", DiagnosticCodes.PartIdTwice);
            else if (scope.Contains(part.Id)) diagnostics.Error(part.Location, $"part id '{part.Id}' is already the name of a parameter or derived value", DiagnosticCodes.PartIdIsAName);
            partIds.Add(part.Id);
            parts.Add(part);
        }
        map.ReportUnknownKeys("an exercise template");

        var template = new ExerciseTemplate(schema ?? ExerciseTemplate.CurrentSchema, id ?? "", title, topic, [.. tags], statement,
            parameters.ToImmutable(), derived.ToImmutable(), constraints.ToImmutable(), parts.ToImmutable(), maxTries, file);
        if (!diagnostics.HasErrors) TextTemplateChecker.Check(template, diagnostics, builtins, expressions.RecordShapes);
        return template;
    }

    /// <summary>The records a parameter holds: one of a choice of records, a bank's draw, or a fixed list of records.</summary>
    private static RecordShape? RecordsOf(Templates.Domains.ParameterDomain domain) => domain switch
    {
        Templates.Domains.SampleDomain s => RecordShape.Common(s.Bank, isList: true),
        Templates.Domains.ChoiceDomain { Options: [ListValue fixedList] } => RecordShape.Common(fixedList.Items, isList: true),
        Templates.Domains.ChoiceDomain c => RecordShape.Common(c.Options, isList: false),
        _ => null,
    };

    /// <summary>
    /// A derived value is an expression, or a map of the expression (<c>expr</c>) and the TeX name the worked
    /// solution writes it with (<c>tex</c>, written as in math mode: <c>W_0</c>, <c>\hat{y}</c>).
    /// </summary>
    private static (YamlNode? Expression, string? Tex) ReadDerived(string file, string name, YamlNode value, DiagnosticBag diagnostics)
    {
        if (value is not YamlMappingNode) return (value, null);
        var map = YamlMap.From(file, value, diagnostics, $"derived '{name}'")!;
        var expression = map.Get("expr", required: true);
        var tex = TexNameReader.Read(map, $"derived '{name}'");
        map.ReportUnknownKeys($"derived '{name}'");
        return (expression, tex);
    }

    private static ConstraintPurpose ReadPurpose(YamlMap constraint, DiagnosticBag diagnostics)
    {
        if (constraint.String("purpose") is not { } name) return ConstraintPurpose.Valid;
        if (ConstraintPurposes.ByName.TryGetValue(name, out var purpose)) return purpose;
        diagnostics.Error(constraint.LocationOf("purpose"), $"unknown constraint purpose '{name}'; use {string.Join(" or ", ConstraintPurposes.ByName.Keys)}{Suggestions.DidYouMean(name, ConstraintPurposes.ByName.Keys)}", DiagnosticCodes.UnknownConstraintPurpose);
        return ConstraintPurpose.Valid;
    }

    private bool CheckName(string name, YamlScalarNode key, string file, List<string> names, DiagnosticBag diagnostics)
    {
        var location = YamlSource.Location(file, key);
        if (!TemplateNames.IsIdentifier(name))
            diagnostics.Error(location, $"'{name}' is not a valid name: use letters, digits and '_', starting with a letter", DiagnosticCodes.InvalidName);
        else if (builtins.TryGet(name, out _))
            diagnostics.Error(location, $"'{name}' is the name of a builtin function; choose another name", DiagnosticCodes.NameIsBuiltin);
        else if (TemplateNames.TextKeywords.Contains(name) || Text.TextRenderer.HelperNames.Contains(name))
            diagnostics.Error(location, $"'{name}' is a word of the text language; choose another name, so text can show it", DiagnosticCodes.NameIsTextWord);
        else if (names.Contains(name))
            diagnostics.Error(location, $"'{name}' is defined twice", DiagnosticCodes.NameDefinedTwice);
        else return true;
        return false;
    }

    private static bool IsTemplateId(string id) =>
        id.Length is > 0 and <= 80 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
