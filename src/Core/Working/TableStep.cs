using System.Collections.Immutable;

namespace DeepExam.Working;

/// <summary>
/// A worked computation with a row per item, such as a network traced layer by layer. Cells are
/// Markdown with inline TeX; the first row of <see cref="Header"/> names the columns.
/// </summary>
public sealed record TableStep(string Caption, ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows) : WorkingStep;
