using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>A name and its value in a variant, in the order the template declares them.</summary>
public sealed record NamedValue(string Name, Value Value);
