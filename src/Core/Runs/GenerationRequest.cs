using System.Collections.Immutable;

namespace DeepExam.Runs;

/// <summary>
/// What to generate: the exam, the class, the templates, where to write, and the secret that seeds every
/// variant. <see cref="Cancellation"/> stops the run at its next file (Ctrl-C); nothing is then written.
/// <see cref="Formats"/> names the outputs to write (<see cref="Formats.OutputFormats"/>); none named means the default set.
/// <see cref="BundledExercises"/>, when set, is the library behind <see cref="ExercisesFolder"/>: ids the folder lacks are looked up there.
/// </summary>
public sealed record GenerationRequest(string BlueprintPath, string RosterPath, string ExercisesFolder, string OutputFolder, string Secret, bool Force,
    ImmutableArray<string> Formats = default, string? BundledExercises = null, CancellationToken Cancellation = default);
