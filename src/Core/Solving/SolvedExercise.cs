using System.Collections.Immutable;
using DeepExam.Sampling;
using DeepExam.Templates;

namespace DeepExam.Solving;

/// <summary>
/// An exercise slot of one student's exam: template, sampled variant, solved parts, rendered statement.
/// <see cref="Scope"/> holds every name the exercise's text may use (parameters, derived values, answers).
/// </summary>
public sealed record SolvedExercise(
    ExerciseTemplate Template,
    int Slot,
    Variant Variant,
    string Statement,
    ImmutableArray<SolvedPart> Parts,
    IReadOnlyDictionary<string, Values.Value> Scope);
