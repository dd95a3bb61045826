namespace DeepExam.Documents;

/// <summary>A piece of a paragraph: text in a style, inline math, or a hard line break.</summary>
public abstract record Inline;
