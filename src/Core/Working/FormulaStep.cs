using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// A closed formula (TeX) with the variant's numbers put in, and its value: an output size, a
/// parameter count, an arithmetic answer. <see cref="Target"/> is the TeX name of what it computes, or empty.
/// </summary>
public sealed record FormulaStep(string Caption, string Target, string Symbolic, string Substituted, Value Result) : WorkingStep;
