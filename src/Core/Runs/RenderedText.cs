using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>One text of a solved variant, for <c>validate</c>'s checks: what it is ("prompt of part 'a'"), its template and the Markdown it rendered to.</summary>
public sealed record RenderedText(string What, TextTemplate Source, string Rendered);
