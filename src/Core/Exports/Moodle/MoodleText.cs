using System.Collections.Immutable;

namespace DeepExam.Exports.Moodle;

/// <summary>The HTML of one Moodle text field and the files it shows (embedded in the field's element, referred to as @@PLUGINFILE@@/name).</summary>
public sealed record MoodleText(string Html, ImmutableArray<ExportedFile> Files);
