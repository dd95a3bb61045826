using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>
/// A value computed from the parameters (and earlier derived values), e.g. <c>out: conv_out(W, K, stride=S)</c>.
/// <see cref="Tex"/> is the TeX name the worked solution writes it with (<c>W0: { expr: "...", tex: "W_0" }</c>);
/// without one the working reads the name itself (see Working.TexNames).
/// </summary>
public sealed record DerivedValue(string Name, CompiledExpression Expression, string? Tex = null);
