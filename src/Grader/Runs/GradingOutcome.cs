using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Scoring;

namespace DeepExam.Grading.Runs;

/// <summary>Everything a grading run produced, before and after it is written; <see cref="Notices"/> says what it cleaned up after interrupted runs.</summary>
public sealed record GradingOutcome(
    ExamBlueprint Blueprint,
    ImmutableArray<StudentGrade> Grades,
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
