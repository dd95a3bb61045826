namespace DeepExam.Runs;

/// <summary>What a generation run wrote.</summary>
public sealed record GenerationSummary(string ExamId, int Students, int Files, string OutputFolder, bool Replaced, TimeSpan Elapsed);
