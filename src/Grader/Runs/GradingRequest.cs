using DeepExam.Grading.Submissions;

namespace DeepExam.Grading.Runs;

/// <summary>
/// What to grade: the exam and class (as for generation), the folder of submitted answer files, and
/// where to write; <see cref="FeedbackPdfs"/> adds feedback/&lt;student&gt;.pdf beside each YAML.
/// <see cref="Cancellation"/> stops the run at its next file (Ctrl-C); nothing is then written.
/// <see cref="BundledExercises"/>, when set, is the library behind <see cref="ExercisesFolder"/>. <see cref="KeysFolder"/>, when set, is the
/// folder generation wrote: the template versions it recorded must match the templates graded against.
/// <see cref="SubmissionsFolder"/> may also be a ZIP, such as an LMS's download of all submissions;
/// <see cref="Gradebook"/>, when set, adds that LMS's gradebook import file beside grades.csv.
/// </summary>
public sealed record GradingRequest(string BlueprintPath, string RosterPath, string ExercisesFolder, string SubmissionsFolder, string OutputFolder, string Secret, bool Force,
    bool FeedbackPdfs = true, string? BundledExercises = null, string? KeysFolder = null, LmsKind? Gradebook = null, CancellationToken Cancellation = default);
