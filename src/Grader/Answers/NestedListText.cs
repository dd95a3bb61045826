using System.Collections.Immutable;
using System.Text;
using DeepExam.Answers.Grammar;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads list text a student typed inside a string, such as "[[1, 2], [3, 4]]" or "(5, 28, 28)", into nodes;
/// and rows of text ("1 2; 3 4" or one row per line) into a list of rows. The brackets, separators and
/// limits are the answer grammar's (<see cref="ListGrammar"/>).
/// </summary>
public static class NestedListText
{
    private static ListGrammar Grammar => AnswerGrammar.Rules.List;

    private static GrammarMessages Messages => AnswerGrammar.Rules.Messages;

    public static bool LooksNested(string text)
    {
        var t = BlankCharacters.TrimStart(text);
        return t.Length > 0 && Grammar.Openers.Contains(t[0], StringComparison.Ordinal);
    }

    public static AnswerNode Parse(string text)
    {
        var position = 0;
        var node = ParseItem(text, ref position, 0);
        SkipBlanks(text, ref position);
        if (position != text.Length)
            throw new AnswerFormatException(GrammarMessages.Fill(Messages.TextAfterList, ("rest", BlankCharacters.Trim(text[position..]))));
        return node;
    }

    private static AnswerNode ParseItem(string text, ref int i, int depth)
    {
        SkipBlanks(text, ref i);
        var opener = i < text.Length ? Grammar.Openers.IndexOf(text[i], StringComparison.Ordinal) : -1;
        if (opener >= 0)
        {
            if (depth >= Grammar.MaxNesting) throw new AnswerFormatException(GrammarMessages.Fill(Messages.NestedTooDeep, ("depth", $"{Grammar.MaxNesting}")));
            var close = Grammar.Closers[opener];
            i++;
            var items = ImmutableArray.CreateBuilder<AnswerNode>();
            SkipBlanks(text, ref i);
            if (i < text.Length && text[i] == close) { i++; return new AnswerNode.List(items.ToImmutable()); }
            while (true)
            {
                items.Add(ParseItem(text, ref i, depth + 1));
                SkipBlanks(text, ref i);
                if (i >= text.Length) throw new AnswerFormatException(GrammarMessages.Fill(Messages.NotClosed, ("close", $"{close}")));
                if (text[i] == Grammar.Separator) { i++; continue; }
                if (text[i] == close) { i++; return new AnswerNode.List(items.ToImmutable()); }
                throw new AnswerFormatException(GrammarMessages.Fill(Messages.ExpectedSeparator, ("separator", $"{Grammar.Separator}"), ("close", $"{close}"), ("found", $"{text[i]}")));
            }
        }
        var start = i;
        while (i < text.Length && text[i] != Grammar.Separator && !Grammar.Openers.Contains(text[i], StringComparison.Ordinal) && !Grammar.Closers.Contains(text[i], StringComparison.Ordinal)) i++;
        var cell = BlankCharacters.Trim(text[start..i]);
        if (cell.Length == 0) throw new AnswerFormatException(Messages.EmptyEntry);
        return new AnswerNode.Text(cell, false);
    }

    private static void SkipBlanks(string text, ref int i)
    {
        while (i < text.Length && BlankCharacters.Contains(text[i])) i++;
    }

    /// <summary>"1 2; 3 4", or rows on separate lines, cells split by blanks or commas.</summary>
    public static AnswerNode Rows(string text)
    {
        var rows = text.Split(Grammar.RowSeparators.ToCharArray()).Select(BlankCharacters.Trim).Where(r => r.Length > 0);
        return new AnswerNode.List([.. rows.Select(Row)]);
    }

    /// <summary>
    /// "1 2 3", "1, 2, 3" or "1,2,3": blanks and every comma separate entries. Only parts whose answer
    /// is a list read rows, so "3,224,224" is the shape [3, 224, 224]; a number part reads it as 3224224.
    /// </summary>
    public static AnswerNode Row(string text)
    {
        var cells = new List<AnswerNode>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (BlankCharacters.Contains(c) || c == Grammar.Separator)
            {
                if (current.Length > 0) cells.Add(new AnswerNode.Text(current.ToString(), false));
                current.Clear();
            }
            else current.Append(c);
        }
        if (current.Length > 0) cells.Add(new AnswerNode.Text(current.ToString(), false));
        return new AnswerNode.List([.. cells]);
    }
}
