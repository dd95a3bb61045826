using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Reports;

namespace DeepExam.Grading.Runs;

/// <summary>
/// What a grading run produced: a row per roster student (<see cref="GradedStudent"/>: status, file, notes, each part's
/// status and printed points; the answers and feedback are in the feedback files), the report's lines and the
/// statistics; <see cref="Notices"/> says what it cleaned up after interrupted runs.
/// </summary>
public sealed record GradingOutcome(
    ExamBlueprint Blueprint,
    ImmutableArray<GradedStudent> Grades,
    ImmutableArray<GradingIssue> Issues,
    ImmutableArray<PartStatistics> Statistics,
    string OutputFolder,
    bool Replaced,
    int Files,
    TimeSpan Elapsed,
    bool FeedbackPdfs,
    ImmutableArray<string> Notices)
{
    public bool NeedsAttention => !Issues.IsEmpty;
}
