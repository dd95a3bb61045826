using DeepExam.Composition;

namespace DeepExam.Exports;

/// <summary>
/// What a question says about the form of a number beyond the prompt, in every question-bank format: the decimal places
/// to give (when the planner asks for a rounding), or the tolerance an approximate answer is accepted within.
/// </summary>
public static class NumberHint
{
    /// <summary>The sentence, or null when the part's numbers need none (or the part has no numbers).</summary>
    public static string? Of(PartQuestion part, NumericalPlan? plan)
    {
        if (plan is null) return null;
        var each = plan.Fields.Length > 1 ? "each entry" : "your answer";
        if (plan.StatedPlaces is { } places)
            return $"Give {each} as a decimal with {places} decimal place{(places == 1 ? "" : "s")}.";
        if (ExportKinds.Of(part.Part.Kind).ToleratesExactValues)
            return $"Give {each} as a decimal; it is accepted {(part.Part.Template.Tolerance ?? Templates.Tolerance.Default)}.";
        return null;
    }
}
