using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>
/// The variants of one exercise in a question bank: one category of the LMS, from which a quiz draws one question per
/// student. <see cref="Note"/> says when the exercise has fewer distinct variants than were asked for.
/// </summary>
public sealed record VariantSet(int Slot, ExerciseTemplate Template, Rational Points, ImmutableArray<ExportedVariant> Variants, int Requested, int Draws, string? Note)
{
    public string ExerciseId => Template.Id;
}
