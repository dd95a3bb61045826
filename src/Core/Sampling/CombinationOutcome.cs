namespace DeepExam.Sampling;

/// <summary>What checking one given combination of parameter values gave: its variant, or the constraint that rejected it.</summary>
public sealed record CombinationOutcome(Variant? Variant, Templates.Constraint? RejectedBy)
{
    public bool Accepted => Variant is not null;
}
