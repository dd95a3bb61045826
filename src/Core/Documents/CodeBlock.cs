namespace DeepExam.Documents;

/// <summary>Preformatted text, set monospaced line by line.</summary>
public sealed record CodeBlock(string Text) : Block;
