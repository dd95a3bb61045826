namespace DeepExam.Templates.Domains;

/// <summary><c>{ bool }</c>: true or false.</summary>
public sealed record BooleanDomain : ParameterDomain
{
    public override double Size => 2;
}
