using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Grading;
using DeepExam.Grading.Reports;

namespace DeepExam.Grading.Runs;

/// <summary>Everything a grading run produced, before and after it is written.</summary>
public sealed record GradingOutcome(
    ExamBlueprint Blueprint,
    ImmutableArray<StudentGrade> Grades,
    ImmutableArray<GradingIssue> Issues,
    ImmutableArray<PartStatistics> Statistics,
    string OutputFolder,
    bool Replaced,
    int Files,
    TimeSpan Elapsed,
    bool FeedbackPdfs)
{
    public bool NeedsAttention => !Issues.IsEmpty;
}
