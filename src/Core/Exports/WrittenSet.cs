using System.Collections.Immutable;

namespace DeepExam.Exports;

/// <summary>What a writer made of one variant set: its files (none, for a writer that packs the whole bank at the end) and the variants it had to leave out.</summary>
public sealed record WrittenSet(VariantSet Set, ImmutableArray<ExportedFile> Files, ImmutableArray<SkippedVariant> Skipped);
