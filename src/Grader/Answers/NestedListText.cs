using System.Collections.Immutable;
using System.Text;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads list text a student typed inside a string, such as "[[1, 2], [3, 4]]" or "(5, 28, 28)",
/// into nodes; and rows of text ("1 2; 3 4" or one row per line) into a list of rows.
/// </summary>
public static class NestedListText
{
    private const int MaxDepth = 8;

    public static bool LooksNested(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith('[') || t.StartsWith('(');
    }

    public static AnswerNode Parse(string text)
    {
        var position = 0;
        var node = ParseItem(text, ref position, 0);
        SkipSpace(text, ref position);
        if (position != text.Length) throw new AnswerFormatException($"unexpected '{text[position..].Trim()}' after the list");
        return node;
    }

    private static AnswerNode ParseItem(string text, ref int i, int depth)
    {
        SkipSpace(text, ref i);
        if (i < text.Length && text[i] is '[' or '(')
        {
            if (depth >= MaxDepth) throw new AnswerFormatException($"lists are nested more than {MaxDepth} deep");
            var close = text[i] == '[' ? ']' : ')';
            i++;
            var items = ImmutableArray.CreateBuilder<AnswerNode>();
            SkipSpace(text, ref i);
            if (i < text.Length && text[i] == close) { i++; return new AnswerNode.List(items.ToImmutable()); }
            while (true)
            {
                items.Add(ParseItem(text, ref i, depth + 1));
                SkipSpace(text, ref i);
                if (i >= text.Length) throw new AnswerFormatException($"a list is not closed with '{close}'");
                if (text[i] == ',') { i++; continue; }
                if (text[i] == close) { i++; return new AnswerNode.List(items.ToImmutable()); }
                throw new AnswerFormatException($"expected ',' or '{close}' but found '{text[i]}'");
            }
        }
        var start = i;
        while (i < text.Length && text[i] is not (',' or ']' or ')' or '[' or '(')) i++;
        var cell = text[start..i].Trim();
        if (cell.Length == 0) throw new AnswerFormatException("a list has an empty entry");
        return new AnswerNode.Text(cell, false);
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
    }

    /// <summary>"1 2; 3 4", or rows on separate lines, cells split by spaces or commas.</summary>
    public static AnswerNode Rows(string text)
    {
        var rows = text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new AnswerNode.List([.. rows.Select(Row)]);
    }

    /// <summary>
    /// "1 2 3", "1, 2, 3" or "1,2,3": spaces and every comma separate entries. Only parts whose answer
    /// is a list read rows, so "3,224,224" is the shape [3, 224, 224]; a number part reads it as 3224224.
    /// </summary>
    public static AnswerNode Row(string text)
    {
        var cells = new List<AnswerNode>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == ',')
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
