using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Working;

/// <summary>
/// One pooled output: the values of its window and what pooling made of them, the maximum or the sum
/// over <see cref="Divisor"/> (0 for max pooling).
/// </summary>
public sealed record WindowStep(string Cell, ImmutableArray<Number> Window, int Divisor, Number Result) : WorkingStep
{
    public bool IsMax => Divisor == 0;
}
