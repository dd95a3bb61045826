using DeepExam.Diagnostics;
using DeepExam.Templates.Domains;

namespace DeepExam.Templates;

/// <summary>
/// A randomised parameter: its name, where it is drawn from, and where it is declared. <see cref="Tex"/> is the TeX
/// name the worked solution writes it with (<c>dY: { matrix: [2, 2], tex: "\\partial L / \\partial Y" }</c>); without
/// one the working reads the name itself (see Working.TexNames).
/// </summary>
public sealed record ParameterDefinition(string Name, ParameterDomain Domain, SourceLocation Location, string? Tex = null);
