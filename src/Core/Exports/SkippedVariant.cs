namespace DeepExam.Exports;

/// <summary>A variant a writer could not express in its format, and why: it is left out of that format's bank and listed in the manifest and summary.</summary>
public sealed record SkippedVariant(string ExerciseId, string Variant, string Reason)
{
    public override string ToString() => $"{ExerciseId} {Variant}: {Reason}";
}
