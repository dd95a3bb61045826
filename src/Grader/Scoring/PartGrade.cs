using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// The verdict on one part: points out of the maximum, what the student gave, the correct answer, and
/// the feedback lines. <see cref="Matched"/> names the known mistake or pattern recognised, if any;
/// <see cref="Verdict"/> says how the points came about.
/// </summary>
public sealed record PartGrade(
    string Key,
    AnswerKind Kind,
    PartStatus Status,
    Rational Points,
    Rational MaxPoints,
    string Given,
    string Expected,
    ImmutableArray<string> Feedback,
    string? Matched,
    PartVerdict Verdict);
