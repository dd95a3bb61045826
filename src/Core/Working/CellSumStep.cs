using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Working;

/// <summary>
/// One output cell as a sum of products, e.g. o₁₂ = (0×0) + (−1×1) + (2×1) + (½×½) = 5/4; the
/// bias, when there is one, is added last.
/// </summary>
public sealed record CellSumStep(string Cell, ImmutableArray<Product> Terms, Number? Bias, Number Result) : WorkingStep;

/// <summary>One term of a <see cref="CellSumStep"/>.</summary>
public readonly record struct Product(Number Left, Number Right);
