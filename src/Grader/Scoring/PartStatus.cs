namespace DeepExam.Grading.Scoring;

/// <summary>How a part was judged; the gradebook and statistics count these.</summary>
public enum PartStatus
{
    Correct,
    /// <summary>Wrong, but the right follow-on from the student's own wrong answer to an earlier part.</summary>
    CarriedForward,
    Partial,
    Incorrect,
    /// <summary>The answer could not be read as the part's kind.</summary>
    FormatError,
    Unanswered,
}
