using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>A document laid out on pages, ready to paint on any <see cref="ICanvas"/>.</summary>
public sealed record LaidOutDocument(PageSetup Page, ImmutableArray<LaidOutPage> Pages);
