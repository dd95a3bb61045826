using DeepExam.Diagnostics;
using DeepExam.Templates.Domains;

namespace DeepExam.Templates;

/// <summary>A randomised parameter: its name, where it is drawn from, and where it is declared.</summary>
public sealed record ParameterDefinition(string Name, ParameterDomain Domain, SourceLocation Location);
