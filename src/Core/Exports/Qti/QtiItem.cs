using System.Collections.Immutable;

namespace DeepExam.Exports.Qti;

/// <summary>
/// One variant as a QTI assessmentItem: its identifier (also its resource's in the manifest), where it lies in the package
/// (<see cref="Href"/>), and its files: the item's XML first, then its figures' SVG files.
/// </summary>
public sealed record QtiItem(string Identifier, string Href, ImmutableArray<ExportedFile> Files);
