using System.CommandLine;
using System.Globalization;
using DeepExam.Grading;
using DeepExam.Grading.Runs;
using DeepExam.Runs;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = RepositoryRoot.Find();

var blueprintOption = new Option<string>("--blueprint") { Description = "Exam blueprint YAML", Required = true };
var rosterOption = new Option<string>("--roster") { Description = "Class roster CSV with columns id and name", Required = true };
var exercisesOption = new Option<string>("--exercises") { Description = "Folder of exercise templates", DefaultValueFactory = _ => DemoExam.Exercises(root) };
var submissionsOption = new Option<string>("--submissions") { Description = "Folder of submitted answer files (.yaml); only read", Required = true };
var outOption = new Option<string>("--out") { Description = "Folder for the reports (created; never overwritten without --force)", Required = true };
var secretOption = new Option<string?>("--secret") { Description = "The exam's secret (or set DEEPEXAM_SECRET)" };
var forceOption = new Option<bool>("--force") { Description = "Replace an existing output folder" };
var noPdfOption = new Option<bool>("--no-pdf") { Description = "Skip the feedback PDFs (feedback/<id>.pdf); the YAML feedback is written either way" };

var grade = new Command("grade", "Grade every roster student's submission against their recomputed variant; write grades.csv, feedback/ (YAML and PDF), stats.yaml and report.csv.")
{
    blueprintOption, rosterOption, exercisesOption, submissionsOption, outOption, secretOption, forceOption, noPdfOption,
};
grade.SetAction(parse => GraderCli.Run(() =>
{
    var secret = parse.GetValue(secretOption) ?? Environment.GetEnvironmentVariable("DEEPEXAM_SECRET") ?? "";
    return GraderCli.Report(GradingRun.Run(new GradingRequest(parse.GetValue(blueprintOption)!, parse.GetValue(rosterOption)!, parse.GetValue(exercisesOption)!,
        parse.GetValue(submissionsOption)!, parse.GetValue(outOption)!, secret, parse.GetValue(forceOption), FeedbackPdfs: !parse.GetValue(noPdfOption),
        Cancellation: Interruption.Token)), root);
}));

var rootCommand = new RootCommand("Grade submitted answer files with exact answers, partial credit and feedback. With no arguments, grades the bundled demo submissions into out/demo/grades.")
{
    grade,
};
rootCommand.SetAction(_ => GraderCli.Run(() =>
{
    var submissions = DemoExam.Submissions(root);
    Console.WriteLine($"Grading the demo submissions ({Path.GetRelativePath(root, submissions)}) for the demo exam with the public demo secret.");
    return GraderCli.Report(GradingRun.Run(new GradingRequest(DemoExam.Blueprint(root), DemoExam.Roster(root), DemoExam.Exercises(root),
        submissions, DemoExam.Grades(root), DemoExam.Secret, Force: true, Cancellation: Interruption.Token)), root);
}));

return rootCommand.Parse(args).Invoke();
