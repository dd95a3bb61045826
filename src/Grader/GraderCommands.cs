using System.CommandLine;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Submissions;
using DeepExam.Runs;

namespace DeepExam.Grading;

/// <summary>
/// The grader's verbs, built for a <see cref="CommandContext"/>: the repository's DeepExam.Grader program and the
/// installed <c>deepexam</c> tool put the same commands under their own root.
/// </summary>
public sealed class GraderCommands(CommandContext context)
{
    public IEnumerable<Command> All() => [Grade()];

    public Command Grade()
    {
        var blueprint = new Option<string>("--blueprint") { Description = "Exam blueprint YAML", Required = true };
        var roster = new Option<string>("--roster") { Description = "Class roster CSV with columns id and name", Required = true };
        var exercises = new Option<string>("--exercises")
        {
            Description = "Folder of exercise templates, as generated from; an id it lacks is looked up in the bundled library",
            DefaultValueFactory = _ => context.DefaultExercises,
        };
        var submissions = new Option<string>("--submissions")
        {
            Description = "Folder of submitted answer files (.yaml), or a ZIP of them such as an LMS's \"download all submissions\" (read in memory, never extracted); only read",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Folder for the reports (created; never overwritten without --force)", Required = true };
        var keys = new Option<string?>("--keys") { Description = "The folder generate wrote for this exam: grading refuses templates changed since (its exercise-versions.yaml)" };
        var secret = new Option<string?>("--secret") { Description = "The exam's secret (or set DEEPEXAM_SECRET)" };
        var force = new Option<bool>("--force") { Description = "Replace an existing output folder" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the feedback PDFs (feedback/<id>.pdf); the YAML feedback is written either way" };
        var gradebook = new Option<string?>("--gradebook") { Description = "Also write the gradebook in the layout an LMS imports: moodle or canvas (gradebook-<lms>.csv)" };
        gradebook.AcceptOnlyFromAmong("moodle", "canvas");
        var command = new Command("grade", "Grade every roster student's submission against their recomputed variant; write grades.csv, feedback/ (YAML and PDF), stats.yaml and report.csv.")
        {
            blueprint, roster, exercises, submissions, output, keys, secret, force, noPdf, gradebook,
        };
        command.SetAction(parse => GraderCli.Run(() =>
        {
            var secretText = parse.GetValue(secret) ?? Environment.GetEnvironmentVariable("DEEPEXAM_SECRET") ?? "";
            return GraderCli.Report(GradingRun.Run(new GradingRequest(parse.GetValue(blueprint)!, parse.GetValue(roster)!, parse.GetValue(exercises)!,
                parse.GetValue(submissions)!, parse.GetValue(output)!, secretText, parse.GetValue(force), FeedbackPdfs: !parse.GetValue(noPdf),
                Cancellation: Interruption.Token, BundledExercises: context.BundledExercises, KeysFolder: parse.GetValue(keys),
                Gradebook: parse.GetValue(gradebook) switch { "moodle" => LmsKind.Moodle, "canvas" => LmsKind.Canvas, _ => null })), context.Root);
        }));
        return command;
    }

    /// <summary>
    /// Grades the bundled demo submissions for the demo exam with the public demo secret into <paramref name="outputFolder"/>,
    /// checked against the demo's keys in <paramref name="keysFolder"/> when it has been generated there.
    /// </summary>
    public static int Demo(string outputFolder, string keysFolder, string showRelativeTo) => GraderCli.Run(() =>
    {
        var bundled = BundledContent.Root;
        var submissions = DemoExam.Submissions(bundled);
        Console.WriteLine($"Grading the demo submissions ({Shown(submissions, showRelativeTo)}) for the demo exam with the public demo secret.");
        return GraderCli.Report(GradingRun.Run(new GradingRequest(DemoExam.Blueprint(bundled), DemoExam.Roster(bundled), DemoExam.Exercises(bundled),
            submissions, outputFolder, DemoExam.Secret, Force: true, Cancellation: Interruption.Token, BundledExercises: DemoExam.Exercises(bundled),
            KeysFolder: Directory.Exists(keysFolder) ? keysFolder : null)), showRelativeTo);
    });

    private static string Shown(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
