using System.Collections.Immutable;

namespace DeepExam.Formats;

/// <summary>
/// Every output format, registered here and only here, in the order the summary lists them. A run
/// writes the formats it is given (<c>generate --formats</c>), by default <see cref="Default"/>.
/// </summary>
public static class OutputFormats
{
    public static ImmutableArray<OutputFormat> All { get; } =
    [
        ExamSheets.Format,
        SolutionSheets.Format,
        AnswerKeys.Format,
        AnswerSheets.Format,
        AnswerForms.Format,
        ClassKey.Format,
        InstructorKey.Format,
        HtmlSheets.Format,
    ];

    /// <summary>What a run writes when no format is named: every format that is written by default.</summary>
    public static ImmutableArray<OutputFormat> Default { get; } = [.. All.Where(f => f.ByDefault)];

    public static ImmutableArray<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>The format with this name; null when there is none.</summary>
    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// The formats with these names, in registration order and once each (so the same selection always
    /// gives the same output); <see cref="Default"/> when none is named.
    /// </summary>
    public static ImmutableArray<OutputFormat> Select(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty) return Default;
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        if (wanted.FirstOrDefault(n => Find(n) is null) is { } unknown)
            throw new ArgumentException($"no output format '{unknown}'; the formats are {string.Join(", ", Names)}", nameof(names));
        return [.. All.Where(f => wanted.Contains(f.Name))];
    }
}
