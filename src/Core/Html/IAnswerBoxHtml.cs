using System.Text;
using DeepExam.Documents;

namespace DeepExam.Html;

/// <summary>
/// Writes what a page puts where a part's answer belongs instead of the empty box: an answer form's inputs.
/// The body writer asks it for every <see cref="AnswerBox"/> and writes the box itself when it declines.
/// </summary>
public interface IAnswerBoxHtml
{
    /// <summary>Appends the HTML for <paramref name="box"/> and returns true, or returns false (and appends nothing) to leave the box as it is.</summary>
    bool Write(StringBuilder html, AnswerBox box);
}
