using System.Collections.Immutable;

namespace DeepExam.Exports;

/// <summary>One row of manifest.csv: a part of an exported variant, and per format "exported" or why it was skipped.</summary>
public sealed record ManifestRow(int Slot, string Exercise, string Variant, string Parameters, string Part, string Kind, string Points, string Answer,
    bool NumericAnswer, ImmutableArray<string> Formats);
