using System.Collections.Immutable;
using DeepExam.Diagnostics;

namespace DeepExam.Templates.Loading;

/// <summary>A loaded template, or null with every problem found in its file.</summary>
public sealed record TemplateLoadResult(ExerciseTemplate? Template, ImmutableArray<Diagnostic> Diagnostics);
