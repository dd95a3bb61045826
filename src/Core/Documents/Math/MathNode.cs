namespace DeepExam.Documents.Math;

/// <summary>A node of a parsed formula. Nodes are data: each backend turns them into its own output (Layout's typesetter into boxes).</summary>
public abstract record MathNode;
