using System.Collections.Immutable;

namespace DeepExam.Grading.Answers;

/// <summary>
/// What a student wrote for one part, as plain data independent of YAML: a scalar's text, a list of
/// nodes, or nothing. A mapping where an answer belongs becomes <see cref="Unreadable"/>.
/// </summary>
public abstract record AnswerNode
{
    public sealed record Empty : AnswerNode
    {
        /// <summary>Every unanswered part of a class is this one object rather than one each.</summary>
        public static Empty Instance { get; } = new();
    }

    public sealed record Text(string Value, bool Quoted) : AnswerNode;
    public sealed record List(ImmutableArray<AnswerNode> Items) : AnswerNode;
    public sealed record Unreadable(string Why) : AnswerNode;

    /// <summary>The answer as the student wrote it, for reports ("[28, 28, 5]").</summary>
    public string Show() => this switch
    {
        Empty => "",
        Text t => t.Value,
        List l => Show(l, new System.Text.StringBuilder()).ToString(),
        Unreadable u => $"<{u.Why}>",
        _ => "",
    };

    // One builder for the whole nesting, rather than a joined string per row: every matrix answer is shown in its feedback.
    private static System.Text.StringBuilder Show(List list, System.Text.StringBuilder text)
    {
        text.Append('[');
        for (var i = 0; i < list.Items.Length; i++)
        {
            if (i > 0) text.Append(", ");
            if (list.Items[i] is List inner) Show(inner, text);
            else text.Append(list.Items[i].Show());
        }
        return text.Append(']');
    }
}
