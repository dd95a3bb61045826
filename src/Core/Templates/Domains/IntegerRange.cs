using System.Numerics;

namespace DeepExam.Templates.Domains;

/// <summary><c>{ int: [min, max], step: s }</c>: min, min+s, …, up to max inclusive.</summary>
public sealed record IntegerRange(BigInteger Min, BigInteger Max, BigInteger Step) : ParameterDomain
{
    public BigInteger Count => (Max - Min) / Step + 1;
    public override double Size => (double)Count;
}
