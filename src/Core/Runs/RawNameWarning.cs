using System.Collections.Immutable;
using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// A template name that the working of some parts shows in its raw spelling, such as outS as \mathit{outS}: the
/// student reads an identifier of the template, not a symbol of the exercise. <see cref="Location"/> is where the
/// name is defined.
/// </summary>
public sealed record RawNameWarning(SourceLocation Location, string TemplateId, ImmutableArray<string> PartIds, string Name, string Tex, bool IsDerived)
{
    public override string ToString()
    {
        var parts = PartIds.Length == 1
            ? $"part '{PartIds[0]}'"
            : $"parts {string.Join(", ", PartIds.Take(PartIds.Length - 1).Select(p => $"'{p}'"))} and '{PartIds[^1]}'";
        return IsDerived
            ? $"{Location}: warning: [{TemplateId}] the working of {parts} writes the derived value '{Name}' as ${Tex}$; give it a TeX name: {Name}: {{ expr: ..., tex: \"...\" }}"
            : $"{Location}: warning: [{TemplateId}] the working of {parts} writes the parameter '{Name}' as ${Tex}$; give it a TeX name in its domain: {Name}: {{ ..., tex: \"...\" }}";
    }
}
