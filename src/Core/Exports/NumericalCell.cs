using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Exports;

/// <summary>One number of a part to export (the part's answer, or one entry of a vector or matrix) with the value each known mistake gives there.</summary>
public sealed record NumericalCell(Number Expected, ImmutableArray<(int Rule, Number Value)> Mistakes);
