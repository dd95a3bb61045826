namespace DeepExam.Grading.Runs;

/// <summary>
/// What to grade: the exam and class (as for generation), the folder of submitted answer files, and
/// where to write; <see cref="FeedbackPdfs"/> adds feedback/&lt;student&gt;.pdf beside each YAML.
/// <see cref="Cancellation"/> stops the run at its next file (Ctrl-C); nothing is then written.
/// </summary>
public sealed record GradingRequest(string BlueprintPath, string RosterPath, string ExercisesFolder, string SubmissionsFolder, string OutputFolder, string Secret, bool Force,
    bool FeedbackPdfs = true, CancellationToken Cancellation = default);
