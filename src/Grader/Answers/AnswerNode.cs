using System.Collections.Immutable;

namespace DeepExam.Grading.Answers;

/// <summary>
/// What a student wrote for one part, as plain data independent of YAML: a scalar's text, a list of
/// nodes, or nothing. A mapping where an answer belongs becomes <see cref="Unreadable"/>.
/// </summary>
public abstract record AnswerNode
{
    public sealed record Empty : AnswerNode;
    public sealed record Text(string Value, bool Quoted) : AnswerNode;
    public sealed record List(ImmutableArray<AnswerNode> Items) : AnswerNode;
    public sealed record Unreadable(string Why) : AnswerNode;

    /// <summary>The answer as the student wrote it, for reports ("[28, 28, 5]").</summary>
    public string Show() => this switch
    {
        Empty => "",
        Text t => t.Value,
        List l => "[" + string.Join(", ", l.Items.Select(i => i.Show())) + "]",
        Unreadable u => $"<{u.Why}>",
        _ => "",
    };
}
