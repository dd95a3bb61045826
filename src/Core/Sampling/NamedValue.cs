using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>A name and its value in a variant, in the order the template declares them.</summary>
/// <remarks>A struct: every draw makes one per parameter and derived value, rejected draws included, and the variant keeps them in an array.</remarks>
public readonly record struct NamedValue(string Name, Value Value);
