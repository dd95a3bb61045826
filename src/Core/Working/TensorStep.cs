using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>An intermediate tensor worth seeing, such as the zero-padded input or the flipped kernel.</summary>
public sealed record TensorStep(string Caption, string Symbol, Tensor Value) : WorkingStep;
