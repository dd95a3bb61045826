using DeepExam.Answers.Grammar;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Grading.Answers;

/// <summary>
/// The grader's reading of a typed answer as the answer form's checker reports it (empty, ok, a format
/// error, or readable but of the wrong size): what <c>DeepExamAnswerCheck.check</c> must agree with.
/// The text is read as the form saves it, a quoted YAML string.
/// </summary>
public static class AnswerCheck
{
    public static AnswerCheckResult Check(SolvedPart part, string text)
    {
        if (BlankCharacters.IsBlank(text)) return AnswerCheckResult.Empty;
        ParsedAnswer parsed;
        try
        {
            parsed = AnswerParser.Parse(new AnswerNode.Text(text, true), part);
        }
        catch (AnswerFormatException e)
        {
            return new AnswerCheckResult(AnswerCheckStatus.Format, e.Message);
        }
        if (AnswerPartDescriptor.SizeOf(part) is not { } expected) return AnswerCheckResult.Ok;
        var messages = AnswerGrammar.Rules.Messages;
        return parsed.Value switch
        {
            ListValue l when l.Items.Length != expected[0] =>
                new(AnswerCheckStatus.Size, GrammarMessages.Fill(messages.WrongLength, ("given", $"{l.Items.Length}"), ("expected", $"{expected[0]}"))),
            TensorValue t when !t.Tensor.Shape.SequenceEqual(expected) =>
                new(AnswerCheckStatus.Size, GrammarMessages.Fill(messages.WrongShape, ("given", Tensor.FormatShape(t.Tensor.Shape)), ("expected", Tensor.FormatShape(expected)))),
            _ => AnswerCheckResult.Ok,
        };
    }

    /// <summary>One cell of a grid or one entry of a list, as the grader reads an entry: a number without a comma.</summary>
    public static AnswerCheckResult CheckEntry(string text)
    {
        if (BlankCharacters.IsBlank(text)) return AnswerCheckResult.Empty;
        try
        {
            AnswerParser.Entry(text);
            return AnswerCheckResult.Ok;
        }
        catch (AnswerFormatException e)
        {
            return new AnswerCheckResult(AnswerCheckStatus.Format, e.Message);
        }
    }
}
