namespace DeepExam.Documents.Math;

/// <summary>A node of a parsed formula. Nodes are data; <see cref="MathTypesetter"/> turns them into boxes.</summary>
public abstract record MathNode;
