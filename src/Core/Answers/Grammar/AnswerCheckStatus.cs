namespace DeepExam.Answers.Grammar;

/// <summary>What the grammar makes of an answer's text, before any grading: the answer form shows it beside the field.</summary>
public enum AnswerCheckStatus
{
    /// <summary>Nothing but blanks: unanswered.</summary>
    Empty,
    /// <summary>Readable, of the part's size.</summary>
    Ok,
    /// <summary>Not readable as the part's kind: the grader reports a format error.</summary>
    Format,
    /// <summary>Readable, but of another size or shape than the part's: the grader marks it wrong, not as a format error.</summary>
    Size,
}
