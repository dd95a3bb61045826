using System.Collections.Immutable;

namespace DeepExam.Exams;

/// <summary>
/// An exam: its identity, the text around the exercises, and the exercise slots. <see cref="Minutes"/> is the
/// time students have, which the exam sheet states; null when the blueprint gives none.
/// </summary>
public sealed record ExamBlueprint(
    int Schema,
    string Id,
    string Title,
    string Course,
    string Date,
    string Instructions,
    ImmutableArray<ExerciseSlot> Slots,
    string File,
    int? Minutes = null);
