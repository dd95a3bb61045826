namespace DeepExam.Answers.Grammar;

/// <summary>
/// The messages of a format error, shared by the grader and the form's checker. A <c>{name}</c> stands for
/// a piece of the answer or the part; a quoted piece of the answer is cut to <see cref="AnswerGrammarRules.QuoteLimit"/> characters.
/// </summary>
public sealed record GrammarMessages(
    string NotANumber,
    string DecimalComma,
    string ListForANumber,
    string ListForANumberNode,
    string EntryNotANumber,
    string CommaInEntry,
    string CommaInNumberEntry,
    string ExpectedSequence,
    string WholeSizes,
    string TextAfterList,
    string NestedTooDeep,
    string NotClosed,
    string ExpectedSeparator,
    string EmptyEntry,
    string ExpectedGrid,
    string ExpectedGridBecause,
    string Ragged,
    string EmptyList,
    string NumberNotList,
    string ExpectedLetter,
    string NoSuchOption,
    string NotAnOption,
    string ExpectedLetters,
    string ExpectedLettersExample,
    string ExpectedTrueFalse,
    string WrongLength,
    string WrongShape)
{
    /// <summary>The template with each <c>{name}</c> replaced by its value.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        // One pass, so a value that itself contains "{name}" is never replaced again.
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0) { result.Append(template, i, template.Length - i); break; }
            var name = template[(open + 1)..close];
            result.Append(template, i, open - i);
            var found = Array.FindIndex(values, v => v.Name == name);
            result.Append(found >= 0 ? values[found].Value : template[open..(close + 1)]);
            i = close + 1;
        }
        return result.ToString();
    }
}
