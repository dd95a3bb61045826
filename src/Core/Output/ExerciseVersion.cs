namespace DeepExam.Output;

/// <summary>
/// One template an exam's variants were drawn from: its id, the SHA-256 of its text, and whether it came from the
/// bundled library rather than the course's own folder (so a mismatch can say which to point <c>--exercises</c> at).
/// </summary>
public sealed record ExerciseVersion(string Id, string Sha256, bool Bundled);
