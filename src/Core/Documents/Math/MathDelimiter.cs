namespace DeepExam.Documents.Math;

/// <summary>A lone delimiter of a fixed height in ems (\big, \Bigl, ...); its class decides the spacing around it.</summary>
public sealed record MathDelimiter(string Delimiter, double Size, MathClass Class) : MathNode;
