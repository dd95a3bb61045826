using DeepExam.Diagnostics;

namespace DeepExam.Templates;

/// <summary>Handlebars source that renders to Markdown with TeX math ($…$, $$…$$).</summary>
public sealed record TextTemplate(string Source, SourceLocation Location)
{
    public static TextTemplate Empty(SourceLocation location) => new("", location);
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);
}
