using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Templates.Domains;

/// <summary><c>{ choice: [3, 5, 7] }</c>: one of the listed values, equally likely.</summary>
public sealed record ChoiceDomain(ImmutableArray<Value> Options) : ParameterDomain
{
    public override double Size => Options.Length;
}
