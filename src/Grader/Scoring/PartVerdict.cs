namespace DeepExam.Grading.Scoring;

/// <summary>
/// Why a part got its points, finer than <see cref="PartStatus"/>: how a right answer was accepted
/// and what a wrong one was recognised as. The feedback shows it to the student.
/// </summary>
public enum PartVerdict
{
    Correct,
    /// <summary>An approximate answer within the part's tolerance.</summary>
    WithinTolerance,
    /// <summary>A decimal accepted as a correct rounding of the exact answer (the part sets digits).</summary>
    Rounded,
    CarriedForward,
    /// <summary>One of the template's known mistakes, with its own feedback.</summary>
    KnownMistake,
    /// <summary>A recognised way of going wrong: transposed, negated, scaled, shifted, padding, another order.</summary>
    Pattern,
    /// <summary>Some values or options right, no pattern recognised.</summary>
    PartlyRight,
    Wrong,
    FormatError,
    Unanswered,
}

public static class PartVerdicts
{
    /// <summary>The verdict as written in feedback YAML.</summary>
    public static string Name(PartVerdict verdict) => verdict switch
    {
        PartVerdict.Correct => "correct",
        PartVerdict.WithinTolerance => "within-tolerance",
        PartVerdict.Rounded => "rounded",
        PartVerdict.CarriedForward => "carried-forward",
        PartVerdict.KnownMistake => "known-mistake",
        PartVerdict.Pattern => "pattern",
        PartVerdict.PartlyRight => "partly-right",
        PartVerdict.Wrong => "wrong",
        PartVerdict.FormatError => "format-error",
        _ => "unanswered",
    };
}
