namespace DeepExam.Documents;

/// <summary>A hard line break (two trailing spaces or a backslash at the end of a Markdown line).</summary>
public sealed record LineBreak : Inline
{
    public static LineBreak Instance { get; } = new();
    public override string ToString() => "\\n";
}
