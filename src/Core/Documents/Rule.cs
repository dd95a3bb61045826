namespace DeepExam.Documents;

/// <summary>A horizontal rule (Markdown's <c>---</c>).</summary>
public sealed record Rule : Block
{
    public static Rule Instance { get; } = new();
}
