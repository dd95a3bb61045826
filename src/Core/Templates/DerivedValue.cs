using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>A value computed from the parameters (and earlier derived values), e.g. <c>out: conv_out(W, K, stride=S)</c>.</summary>
public sealed record DerivedValue(string Name, CompiledExpression Expression);
