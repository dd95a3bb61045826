namespace DeepExam.Templates.Domains;

/// <summary>Where a randomised parameter's value is drawn from. Sampling lives in <c>Sampling/ParameterSampler</c>.</summary>
public abstract record ParameterDomain
{
    /// <summary>How many distinct values the domain holds (capped), for the variant-space report.</summary>
    public abstract double Size { get; }
}
