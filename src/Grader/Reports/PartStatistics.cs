using System.Collections.Immutable;

namespace DeepExam.Grading.Reports;

/// <summary>How the class did on one part of one exercise, and its most common wrong answers.</summary>
public sealed record PartStatistics(
    string Exercise,
    string Part,
    string Key,
    int Answered,
    int Submissions,
    double MeanShare,
    double FullMarksShare,
    ImmutableArray<CommonWrongAnswer> CommonWrongAnswers);

/// <summary>A wrong answer given by several students, and the known mistake or pattern it matched, if any.</summary>
public sealed record CommonWrongAnswer(string Answer, int Count, string? Matched);
