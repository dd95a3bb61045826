namespace DeepExam.Grading.Runs;

/// <summary>What to grade: the exam and class (as for generation), the folder of submitted answer files, and where to write.</summary>
public sealed record GradingRequest(string BlueprintPath, string RosterPath, string ExercisesFolder, string SubmissionsFolder, string OutputFolder, string Secret, bool Force);
