namespace DeepExam.Runs;

/// <summary>What to generate: the exam, the class, the templates, where to write, and the secret that seeds every variant.</summary>
public sealed record GenerationRequest(string BlueprintPath, string RosterPath, string ExercisesFolder, string OutputFolder, string Secret, bool Force);
