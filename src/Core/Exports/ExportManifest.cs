using System.Collections.Immutable;
using DeepExam.Kinds;
using DeepExam.Output;
using DeepExam.Values;

namespace DeepExam.Exports;

/// <summary>
/// manifest.csv: every exported variant, one row per part, with its parameters and exact answer, and per format whether the
/// variant is in that format's bank or why it was skipped, so an instructor can look up any question an LMS shows.
/// </summary>
public static class ExportManifest
{
    public const string Name = "manifest.csv";

    public static ImmutableArray<string> Header(IEnumerable<string> formats) =>
        ["slot", "exercise", "variant", "parameters", "part", "kind", "points", "answer", .. formats];

    /// <summary>The rows of one exercise's variants; <paramref name="skipped"/> holds, per format, the variants it left out.</summary>
    public static ImmutableArray<ManifestRow> Rows(VariantSet set, IReadOnlyList<IReadOnlyList<SkippedVariant>> skipped) =>
    [
        .. set.Variants.SelectMany(variant => variant.Exercise.Parts.Select(part => new ManifestRow(
            set.Slot,
            set.ExerciseId,
            variant.Label,
            string.Join("; ", variant.Exercise.Variant.Parameters.Select(p => $"{p.Name}={AnswerText.Format(p.Value)}")),
            part.Key,
            AnswerKinds.NameOf(part.Kind),
            Exams.PointsFormat.Decimal(part.Points),
            AnswerText.Format(part.Answer),
            IsNumeric(part.Answer),
            [.. skipped.Select(s => s.FirstOrDefault(v => v.Variant == variant.Label) is { } skip ? $"skipped: {skip.Reason}" : "exported")]))),
    ];

    public static void Write(TextWriter text, IEnumerable<string> formats, IEnumerable<ManifestRow> rows)
    {
        using var csv = new SafeCsvWriter(text);
        foreach (var heading in Header(formats)) csv.Text(heading);
        csv.EndRecord();
        foreach (var row in rows)
        {
            csv.Figure(row.Slot);
            csv.Text(row.Exercise);
            csv.Text(row.Variant);
            csv.Text(row.Parameters);
            csv.Text(row.Part);
            csv.Text(row.Kind);
            csv.Figure(row.Points);
            if (row.NumericAnswer) csv.Figure(row.Answer);
            else csv.Text(row.Answer);
            foreach (var status in row.Formats) csv.Text(status);
            csv.EndRecord();
        }
    }

    private static bool IsNumeric(Value value) => value switch
    {
        NumberValue or TensorValue => true,
        ListValue list => list.Items.All(IsNumeric),
        _ => false,
    };
}
