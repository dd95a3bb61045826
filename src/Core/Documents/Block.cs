namespace DeepExam.Documents;

/// <summary>A block of a document. Blocks hold data only; the layout decides how each kind looks.</summary>
public abstract record Block;
