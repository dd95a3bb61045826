using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Evaluation;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Values;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Exams;

/// <summary>
/// Reads the <c>parameters</c> of a blueprint slot, the values it fixes for every student:
/// <c>parameters: { N: 32, r: "11/3", X: "[[1, 2], [3, 4]]", cfg: A }</c>. Each value is an expression without
/// names (a bare word such as <c>A</c> is that word, as in a template's <c>choice</c> list; a YAML list such as
/// <c>[3, 2]</c> is read like a template's fixed value). Each must name a parameter of the exercise and have
/// the type its domain declares, though it may lie outside the sampled range; and the pins must not, on their
/// own, break one of the exercise's constraints. Every problem is reported at file:line:column.
/// </summary>
public sealed class PinnedParameterReader(BuiltinRegistry builtins)
{
    private static readonly IReadOnlyCollection<string> NoNames = [];
    private readonly ExpressionEvaluator _evaluator = new(builtins);

    /// <param name="template">The slot's exercise; null when the slot names none or several (then pins are an error).</param>
    public ImmutableArray<PinnedParameter> Read(YamlMap slot, ExerciseTemplate? template, int poolSize)
    {
        if (!slot.Has("parameters")) return [];
        var diagnostics = slot.Diagnostics;
        var at = slot.LocationOf("parameters");
        if (slot.Map("parameters") is not { } map) return [];
        if (poolSize > 1)
        {
            diagnostics.Error(at, $"a pool of {poolSize} exercises cannot pin parameters: a pinned value belongs to one exercise; give the exercise its own slot", DiagnosticCodes.PoolPinsParameters);
            return [];
        }
        var before = diagnostics.Count;
        var pins = ImmutableArray.CreateBuilder<PinnedParameter>();
        foreach (var (name, key, node) in map.Entries)
        {
            var location = YamlSource.Location(map.File, node);
            if (ReadValue(node, map.File, diagnostics) is not { } value) continue;
            if (template is null) continue; // the unknown exercise is reported already
            if (template.Parameters.FirstOrDefault(p => p.Name == name) is not { } parameter)
            {
                diagnostics.Error(YamlSource.Location(map.File, key), UnknownName(template, name), DiagnosticCodes.PinnedUnknownParameter);
                continue;
            }
            if (DomainValueType.Fit(parameter.Domain, value) is not { } fitted)
            {
                diagnostics.Error(location, $"parameter '{name}' of {template.Id} takes {DomainValueType.Describe(parameter.Domain)}, got {value.Describe()}: {value}", DiagnosticCodes.PinnedValueWrongKind);
                continue;
            }
            pins.Add(new PinnedParameter(name, fitted, location));
        }
        if (template is not null && diagnostics.Count == before && pins.Count > 0
            && PinnedConstraints.Problem(template, pins.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal), _evaluator) is { } problem)
            diagnostics.Error(at, $"exercise '{template.Id}': {problem}", DiagnosticCodes.PinnedValuesUnusable);
        return pins.ToImmutable();
    }

    private static string UnknownName(ExerciseTemplate template, string name)
    {
        var parameters = template.Parameters.Select(p => p.Name).ToList();
        if (template.Derived.Any(d => d.Name == name))
            return $"'{name}' is a derived value of {template.Id}, computed from its parameters; pin those instead ({string.Join(", ", parameters)})";
        var list = parameters.Count == 0 ? "it has none" : $"it has {string.Join(", ", parameters)}";
        return $"{template.Id} has no parameter '{name}'{Suggestions.DidYouMean(name, parameters)}; {list}";
    }

    private Value? ReadValue(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlSequenceNode:
                return ParameterDomainReader.ToValue(node, file, diagnostics);
            case YamlMappingNode record:
                return RecordReader.Record(record, file, diagnostics);
            case YamlScalarNode { Value: { } text } scalar when !string.IsNullOrWhiteSpace(text):
                var compiled = new CompiledExpression(text, null!, YamlSource.ContentLocation(file, scalar));
                var parsed = ExpressionParser.Parse(text);
                if (!parsed.Succeeded)
                {
                    foreach (var d in parsed.Diagnostics) diagnostics.Error(compiled.LocationOf(d.Span), $"pinned value: {d.Message}", DiagnosticCodes.PinnedValueSyntax);
                    return null;
                }
                if (parsed.Root is Identifier word) return Value.Of(word.Name);
                var problems = ExpressionChecker.Check(parsed.Root!, NoNames, builtins);
                foreach (var d in problems) diagnostics.Error(compiled.LocationOf(d.Span), $"pinned value: {d.Message}; a pinned value is a constant", DiagnosticCodes.PinnedValueNotConstant);
                if (problems.Count > 0) return null;
                try
                {
                    return _evaluator.Evaluate(parsed.Root!, new Dictionary<string, Value>());
                }
                catch (EvaluationException e)
                {
                    diagnostics.Error(compiled.LocationOf(e.Span ?? parsed.Root!.Span), $"pinned value: {e.Message}", DiagnosticCodes.PinnedValueFails);
                    return null;
                }
            default:
                diagnostics.Error(YamlSource.Location(file, node), "a pinned value must be a number, a word, true/false, a list, a record, or an expression such as \"11/3\" or \"[[1, 2], [3, 4]]\"", DiagnosticCodes.PinnedValueUnreadable);
                return null;
        }
    }
}
