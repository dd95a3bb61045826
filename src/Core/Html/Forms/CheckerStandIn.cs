namespace DeepExam.Html.Forms;

/// <summary>
/// STAND-IN until the grammar branch's answer grammar (its JSON and generic checker script) is merged; then this file and
/// answer-check-standin.js go, and the writer passes the real ones.
/// </summary>
public static class CheckerStandIn
{
    public static string GrammarJson => "{}";

    public static string Script { get; } = AnswerFormScript.Read("DeepExam.Html.Forms.answer-check-standin.js");
}
