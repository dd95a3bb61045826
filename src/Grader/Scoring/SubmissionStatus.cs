namespace DeepExam.Grading.Scoring;

/// <summary>The state of a roster student's row in the gradebook.</summary>
public enum SubmissionStatus
{
    Graded,
    /// <summary>Graded, but the check code is not this student's: a sheet may have been swapped or copied.</summary>
    CheckCodeMismatch,
    Missing,
    /// <summary>A file claims this student but could not be read at all.</summary>
    Unreadable,
    /// <summary>The file is for another exam; it is not graded.</summary>
    WrongExam,
    /// <summary>Grading this student failed inside the grader (a bug); the rest of the batch went on.</summary>
    GradingError,
}

public static class SubmissionStatuses
{
    public static string Name(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "graded",
        SubmissionStatus.CheckCodeMismatch => "check-code-mismatch",
        SubmissionStatus.Missing => "missing",
        SubmissionStatus.Unreadable => "unreadable",
        SubmissionStatus.WrongExam => "wrong-exam",
        SubmissionStatus.GradingError => "grading-error",
        _ => status.ToString(),
    };

    public static bool NeedsAttention(SubmissionStatus status) => status != SubmissionStatus.Graded;
}
