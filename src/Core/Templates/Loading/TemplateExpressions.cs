using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Expressions.Parsing;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>Parses and checks the expressions of one template file, reporting problems at file:line:column.</summary>
/// <param name="source">The file's text, for the columns of expressions written as indented blocks.</param>
public sealed class TemplateExpressions(string file, DiagnosticBag diagnostics, BuiltinRegistry builtins, string? source = null)
{
    /// <summary>The names known to hold records, filled in by the loader as it reads parameters and derived values.</summary>
    public Dictionary<string, RecordShape> RecordShapes { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiles a scalar holding an expression; booleans and numbers written as YAML values work too.</summary>
    public CompiledExpression? Compile(YamlNode? node, IReadOnlyCollection<string> names, string what)
    {
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            diagnostics.Error(YamlSource.Location(file, node), $"{what} must be an expression written as text: quote it if it starts with '[' or '{{', or holds ': ' (as a conditional c ? a : b does)", DiagnosticCodes.ExpressionNotText);
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(YamlSource.Location(file, node), $"{what} is empty", DiagnosticCodes.EmptyExpression);
            return null;
        }
        var location = YamlSource.ContentLocation(file, scalar, source);
        var indent = YamlSource.BlockIndent(scalar, source);
        var parsed = ExpressionParser.Parse(text);
        if (!parsed.Succeeded)
        {
            foreach (var d in parsed.Diagnostics)
                diagnostics.Error(new CompiledExpression(text, null!, location) { LineIndent = indent }.LocationOf(d.Span), $"{what}: {d.Message}", d.Code);
            return null;
        }
        var compiled = new CompiledExpression(text, parsed.Root!, location) { LineIndent = indent };
        foreach (var d in ExpressionChecker.Check(parsed.Root!, names, builtins).Concat(RecordFieldChecker.Check(parsed.Root!, RecordShapes)))
            diagnostics.Error(compiled.LocationOf(d.Span), $"{what}: {d.Message}", d.Code);
        return compiled;
    }
}
