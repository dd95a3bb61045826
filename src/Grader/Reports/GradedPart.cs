using DeepExam.Grading.Scoring;

namespace DeepExam.Grading.Reports;

/// <summary>
/// What a grading run keeps of one part of a student's grade (see <see cref="GradedStudent"/>): its key ("3.a"), how it
/// was judged, the known mistake or pattern recognised (a name shared by all students, if any), and its printed points.
/// </summary>
public readonly record struct GradedPart(string Key, PartStatus Status, string? Matched, PrintedPart Printed);
