using System.Collections.Immutable;
using DeepExam.Exports;

namespace DeepExam.Runs;

/// <summary>
/// What to export: the exercises (a blueprint's slots, or templates by id), how many variants of each, into which format and
/// folder, with the secret that seeds the variants as <c>generate</c> seeds students'. With templates and no blueprint the
/// bank is named <see cref="QuestionBankExport.DefaultExamId"/> and the exercises take slots 1, 2, … in the order given.
/// </summary>
public sealed record ExportRequest(string? BlueprintPath, ImmutableArray<string> Templates, string ExercisesFolder, string OutputFolder, string Secret,
    bool Force, string Format, int Variants = QuestionBankExport.DefaultVariants, ExportMath Math = ExportMath.Tex, string? BundledExercises = null,
    CancellationToken Cancellation = default);
