using System.Collections.Immutable;
using System.Diagnostics;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Exports;
using DeepExam.Output;

namespace DeepExam.Runs;

/// <summary>
/// Exports a question bank: every exercise of a blueprint (each exercise of a pool slot on its own) or the templates named,
/// each sampled N times as the pseudo-students variant-1, variant-2, … and solved and composed once, handed to the format's
/// writer, in parallel; then manifest.csv. The output folder is handled as <c>generate</c>'s: refused when it exists unless
/// forced, never one that is or holds an input, written into a staging folder that replaces it only at the end.
/// </summary>
public static class QuestionBankExport
{
    public const int DefaultVariants = 50;

    /// <summary>The bank's id when templates are exported without a blueprint (it seeds their variants).</summary>
    public const string DefaultExamId = "question-bank";

    public const int MostVariants = 1000;

    public static ExportSummary Run(ExportRequest request)
    {
        var clock = Stopwatch.StartNew();
        var where = new SourceLocation(request.BlueprintPath ?? request.ExercisesFolder, 1, 1);
        var format = QuestionBankFormats.Find(request.Format)
            ?? throw new InputException(new Diagnostic(where, null, $"--format: no question-bank format '{request.Format}'; the formats are {string.Join(", ", QuestionBankFormats.Names)}", DiagnosticCodes.QuestionBankFormatUnknown));
        if (request.Variants is < 1 or > MostVariants)
            throw new InputException(new Diagnostic(where, null, $"--variants must be from 1 to {MostVariants}, not {request.Variants}", DiagnosticCodes.VariantCountOutOfRange));
        var library = ExerciseLibrary.Open(request.ExercisesFolder, request.BundledExercises, BuiltinRegistry.Default);
        var (bank, exercises) = Exercises(request, library);
        if (string.IsNullOrEmpty(request.Secret))
            throw new InputException(new Diagnostic(where, bank.ExamId, "a secret is needed: pass --secret or set DEEPEXAM_SECRET", DiagnosticCodes.SecretMissing));

        using var output = OutputFolder.Create(request.OutputFolder, request.Force,
            [.. request.BlueprintPath is { } b ? [b] : Array.Empty<string>(), request.ExercisesFolder, .. request.BundledExercises is { } bundled ? [bundled] : Array.Empty<string>()],
            request.Cancellation);
        var sampler = new VariantSetSampler(bank.ExamId, request.Secret);
        var writer = format.Open(bank, request.Math);
        List<ExportedExercise> done;
        try
        {
            // One sampling, one writer call per exercise; what the run keeps of it is its files and manifest rows.
            done = [.. exercises.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).WithCancellation(request.Cancellation).Select(exercise =>
            {
                var set = sampler.Sample(exercise, library[exercise.ExerciseId], request.Variants, request.Cancellation);
                var written = writer.Write(set);
                return new ExportedExercise(written.Files, written.Skipped, ExportManifest.Rows(set, [written.Skipped]), set.Note, set.Variants.Length);
            })];
        }
        catch (Exception e) when (Problems(e).Any(x => x is InputException))
        {
            throw new InputException([.. Problems(e).OfType<InputException>().SelectMany(x => x.Diagnostics).Distinct().Take(20)]);
        }
        var files = new List<string>();
        foreach (var file in done.SelectMany(d => d.Files).Concat(writer.Finish()))
        {
            using (var stream = output.OpenWrite(file.Path)) stream.Write(file.Content);
            files.Add(file.Path);
        }
        using (var manifest = output.OpenText(ExportManifest.Name))
            ExportManifest.Write(manifest, [format.Name], done.SelectMany(d => d.Rows));
        files.Add(ExportManifest.Name);
        output.Commit();
        return new ExportSummary(bank.ExamId, format.Name, done.Count, done.Sum(d => d.Variants), [.. files],
            [.. done.SelectMany(d => d.Skipped)], [.. done.Select(d => d.Note).OfType<string>()], output.Target, output.Replaces, clock.Elapsed,
            [.. library.ShadowNotes, .. output.Notices]);
    }

    /// <summary>The bank and its exercises: a blueprint's slots (a pool's exercises each in the pool's slot), or the templates in the order named.</summary>
    private static (QuestionBank Bank, ImmutableArray<BankExercise> Exercises) Exercises(ExportRequest request, ExerciseLibrary library)
    {
        if (request.BlueprintPath is { } path)
        {
            if (!request.Templates.IsDefaultOrEmpty)
                throw new InputException(new Diagnostic(new SourceLocation(path, 1, 1), null, "give either --blueprint or --template, not both", DiagnosticCodes.BlueprintAndTemplatesGiven));
            var blueprint = BlueprintLoader.Load(path, library);
            return (new QuestionBank(blueprint.Id, blueprint.Title), [.. blueprint.Slots.SelectMany(slot => slot.Pool.Distinct(StringComparer.Ordinal).Select(id =>
                new BankExercise(slot.Number, id, slot.Points, slot.Pins.IsEmpty ? null : slot.PinnedValues)))]);
        }
        if (request.Templates.IsDefaultOrEmpty)
            throw new InputException(new Diagnostic(new SourceLocation(request.ExercisesFolder, 1, 1), null, "give --blueprint or at least one --template", DiagnosticCodes.NoExercisesToExport));
        library.Require(request.Templates);
        return (new QuestionBank(DefaultExamId, "Question bank"), [.. request.Templates.Select((id, i) => new BankExercise(i + 1, id, null, null))]);
    }

    private static IEnumerable<Exception> Problems(Exception e) => e is AggregateException a ? a.Flatten().InnerExceptions : [e];

    private sealed record ExportedExercise(ImmutableArray<ExportedFile> Files, ImmutableArray<SkippedVariant> Skipped, ImmutableArray<ManifestRow> Rows, string? Note, int Variants);
}
