using System.Collections.Immutable;
using DeepExam.Grading.Answers;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// A readable answer file: who it claims to be from, for which exam, the check code copied from the
/// sheet, the answers by part key, and notes about anything odd that did not stop it being read.
/// </summary>
public sealed record Submission(
    SubmissionFile File,
    string? ExamId,
    string? StudentId,
    string? CheckCode,
    IReadOnlyDictionary<string, AnswerNode> Answers,
    ImmutableArray<string> Notes);
