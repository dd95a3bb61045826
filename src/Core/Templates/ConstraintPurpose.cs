namespace DeepExam.Templates;

/// <summary>
/// Why a constraint is there, written <c>purpose:</c> in a template. Random draws meet every constraint whatever its
/// purpose; the purpose matters only for a blueprint's pinned values (see <see cref="Sampling.PinnedConstraints"/>).
/// </summary>
public enum ConstraintPurpose
{
    /// <summary><c>valid</c> (the default): without it the variant is wrong or degenerate (an empty output, a zero division).</summary>
    Valid,

    /// <summary>
    /// <c>distinguish</c>: the variant is sound without it, but some known mistake would give the right answer, so the
    /// grader could not tell the two apart. Pins that decide such a constraint on their own may break it.
    /// </summary>
    Distinguish,
}

public static class ConstraintPurposes
{
    public static readonly IReadOnlyDictionary<string, ConstraintPurpose> ByName = new Dictionary<string, ConstraintPurpose>(StringComparer.Ordinal)
    {
        ["valid"] = ConstraintPurpose.Valid,
        ["distinguish"] = ConstraintPurpose.Distinguish,
    };
}
