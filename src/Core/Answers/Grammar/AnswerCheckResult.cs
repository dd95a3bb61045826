namespace DeepExam.Answers.Grammar;

/// <summary>The check of one answer's text: its status and, unless it is fine, what to tell the student.</summary>
public sealed record AnswerCheckResult(AnswerCheckStatus Status, string Message)
{
    public static readonly AnswerCheckResult Empty = new(AnswerCheckStatus.Empty, "");
    public static readonly AnswerCheckResult Ok = new(AnswerCheckStatus.Ok, "");

    /// <summary>The status as the JavaScript checker spells it: "empty", "ok", "format" or "size".</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();
}
