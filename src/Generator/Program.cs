using System.CommandLine;
using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Formats;
using DeepExam.Generator;
using DeepExam.Runs;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = RepositoryRoot.Find();

var blueprintOption = new Option<string>("--blueprint") { Description = "Exam blueprint YAML (templates/*.yaml)", Required = true };
var rosterOption = new Option<string>("--roster") { Description = "Class roster CSV with columns id and name", Required = true };
var exercisesOption = new Option<string>("--exercises") { Description = "Folder of exercise templates", DefaultValueFactory = _ => DemoExam.Exercises(root) };
var outOption = new Option<string>("--out") { Description = "Output folder (created; never overwritten without --force)", Required = true };
var secretOption = new Option<string?>("--secret") { Description = "Secret that seeds every variant (or set DEEPEXAM_SECRET)" };
var forceOption = new Option<bool>("--force") { Description = "Replace an existing output folder" };
var formatsOption = new Option<string[]>("--formats")
{
    Description = $"Which outputs to write, comma-separated: {string.Join(", ", OutputFormats.Names)} (default: all)",
    AllowMultipleArgumentsPerToken = true,
    CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
};
formatsOption.Validators.Add(result =>
{
    foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
        if (OutputFormats.Find(name) is null)
            result.AddError($"--formats: no format '{name}'{Suggestions.DidYouMean(name, OutputFormats.Names)}; the formats are {string.Join(", ", OutputFormats.Names)}");
});

var generate = new Command("generate", "Sample, solve and write every student's exam and solution PDFs, answer key and blank answer sheet, and the class key as CSV and PDF.")
{
    blueprintOption, rosterOption, exercisesOption, outOption, secretOption, forceOption, formatsOption,
};
generate.SetAction(parse => Cli.Run(() =>
{
    var secret = parse.GetValue(secretOption) ?? Environment.GetEnvironmentVariable("DEEPEXAM_SECRET") ?? "";
    var summary = GenerationConsole.Run(new GenerationRequest(parse.GetValue(blueprintOption)!, parse.GetValue(rosterOption)!,
        parse.GetValue(exercisesOption)!, parse.GetValue(outOption)!, secret, parse.GetValue(forceOption), [.. parse.GetValue(formatsOption) ?? []], Interruption.Token));
    Cli.Report(summary, root);
}));

var samplesOption = new Option<int>("--samples") { Description = "Variants to sample per template; a template with at most this many parameter combinations is enumerated whole", DefaultValueFactory = _ => TemplateValidation.DefaultSamples };
var templateOption = new Option<string?>("--template") { Description = "Validate only the template with this id" };
var validateBlueprint = new Option<string?>("--blueprint") { Description = "Validate the exercises this exam uses, and print how each slot's points are shared among the parts" };
var validate = new Command("validate", "Load every template, solve N sampled variants of each (every variant when there are at most N), and report errors and variant counts.")
{
    exercisesOption, samplesOption, templateOption, validateBlueprint,
};
validate.SetAction(parse => Cli.Run(() =>
{
    var library = ExerciseLibrary.Load(parse.GetValue(exercisesOption)!, BuiltinRegistry.Default);
    var only = parse.GetValue(templateOption);
    var used = (IReadOnlySet<string>?)null;
    if (parse.GetValue(validateBlueprint) is { } blueprintPath)
    {
        var blueprint = BlueprintLoader.Load(blueprintPath, library);
        used = blueprint.Slots.SelectMany(s => s.Pool).ToHashSet(StringComparer.Ordinal);
        var plans = SlotPoints.Of(blueprint, library).ToList();
        foreach (var plan in plans) Console.WriteLine(plan);
        var quarters = plans.Count(p => p.Points.NeedsQuarters);
        if (quarters > 0) Console.WriteLine($"{quarters} exercise{(quarters == 1 ? "" : "s")} needed steps of 1/4 (above); a few more points for the slot would allow halves.");
    }
    var templates = library.Templates.Where(t => (only is null || t.Id == only) && (used is null || used.Contains(t.Id))).ToList();
    if (templates.Count == 0) throw new InputException(new Diagnostic(new SourceLocation(library.Folder, 1, 1), only, "no such template"));
    var failed = 0;
    foreach (var template in templates)
    {
        var report = TemplateValidation.Validate(template, parse.GetValue(samplesOption));
        Console.WriteLine($"{(report.Passed ? "ok  " : "FAIL")} {report.TemplateId,-36} {report.Summary}");
        foreach (var error in report.Errors) Console.Error.WriteLine("     " + error);
        foreach (var overlap in report.Overlaps) Console.WriteLine("     " + overlap);
        foreach (var raw in report.RawNames) Console.WriteLine("     " + raw);
        if (!report.Passed) failed++;
    }
    Console.WriteLine(failed == 0 ? $"All {templates.Count} templates passed." : $"{failed} of {templates.Count} templates failed.");
    return failed == 0 ? 0 : 1;
}));

var previewTemplate = new Argument<string>("template") { Description = "An exercise id from --exercises, or the path of a template YAML file" };
var seedOption = new Option<int>("--seed") { Description = "Which variant: the same seed always gives the same one (validate's sample N)", DefaultValueFactory = _ => 1 };
var previewOut = new Option<string?>("--out") { Description = "The PDF to write (default: out/preview/<id>-<seed>.pdf)" };
var preview = new Command("preview", "Typeset one variant of an exercise, its exam pages then its solution pages, into one PDF to look at.")
{
    previewTemplate, seedOption, previewOut, exercisesOption,
};
preview.SetAction(parse => Cli.Run(() =>
{
    var summary = ExercisePreview.Run(parse.GetValue(previewTemplate)!, parse.GetValue(exercisesOption)!, parse.GetValue(seedOption), parse.GetValue(previewOut), root);
    Console.WriteLine($"Wrote {ExerciseLibrary.DisplayPath(summary.OutputFile)}: {summary.TemplateId}, seed {summary.Seed}, {summary.Pages} page{(summary.Pages == 1 ? "" : "s")} (exam, then solutions).");
}));

var simulateOut = new Option<string>("--out") { Description = "Folder for the simulated submissions", Required = true };
var simulate = new Command("simulate", "Write filled-in answer sheets for the roster (a seeded mix of right answers, known mistakes, blanks and unreadable ones) to rehearse grading.")
{
    blueprintOption, rosterOption, exercisesOption, simulateOut, secretOption, forceOption,
};
simulate.SetAction(parse => Cli.Run(() =>
{
    var secret = parse.GetValue(secretOption) ?? Environment.GetEnvironmentVariable("DEEPEXAM_SECRET") ?? "";
    if (secret.Length == 0) throw new InputException(new Diagnostic(new SourceLocation(parse.GetValue(blueprintOption)!, 1, 1), null, "a secret is needed: pass --secret or set DEEPEXAM_SECRET"));
    var summary = SubmissionSimulation.Run(parse.GetValue(blueprintOption)!, parse.GetValue(rosterOption)!, parse.GetValue(exercisesOption)!,
        parse.GetValue(simulateOut)!, secret, parse.GetValue(forceOption), Interruption.Token);
    Cli.Notices(summary.Notices);
    Console.WriteLine($"{(summary.Replaced ? "Replaced" : "Wrote")} {summary.Students} simulated answer files in {parse.GetValue(simulateOut)}.");
}));

var migratePaths = new Argument<string[]>("paths") { Description = "Exercise files, or folders of them", Arity = ArgumentArity.OneOrMore };
var migrateCheck = new Option<bool>("--check") { Description = "Say what would change; write nothing" };
var migrate = new Command("migrate", "Rewrite schema-1 exercise files (Handlebars text) as schema 2 (Scriban text), in place; each rewritten file is loaded to show that it reads.")
{
    migratePaths, migrateCheck,
};
migrate.SetAction(parse => Cli.Run(() =>
{
    var results = SchemaMigration.Run(parse.GetValue(migratePaths)!, parse.GetValue(migrateCheck));
    foreach (var r in results)
    {
        var outcome = r.Outcome switch
        {
            SchemaMigration.Outcome.Migrated => "migrated",
            SchemaMigration.Outcome.WouldMigrate => "would migrate",
            SchemaMigration.Outcome.AlreadyCurrent => "already schema 2",
            _ => "not an exercise (no 'schema:' line); left alone",
        };
        Console.WriteLine($"{outcome,-16} {r.Path}");
        foreach (var problem in r.Problems) Console.Error.WriteLine($"  {problem}");
    }
    var fix = results.Count(r => !r.Problems.IsEmpty);
    Console.WriteLine(fix == 0 ? $"{results.Length} file{(results.Length == 1 ? "" : "s")}, nothing to fix by hand." : $"{fix} file{(fix == 1 ? "" : "s")} to finish by hand (above).");
    return fix == 0 ? 0 : 1;
}));

var docsOut = new Option<string?>("--out") { Description = "Write the Markdown here instead of standard output" };
var builtins = new Command("builtins", "Print the reference of every built-in function as Markdown.") { docsOut };
builtins.SetAction(parse => Cli.Run(() =>
{
    var markdown = BuiltinReference.Markdown(BuiltinRegistry.Default);
    if (parse.GetValue(docsOut) is { } path) File.WriteAllText(path, markdown);
    else Console.Write(markdown);
}));

var rootCommand = new RootCommand("Randomised deep-learning arithmetic exercises: generate every student's variant with exact answers. With no arguments, generates the bundled demo exam into out/demo.")
{
    generate, validate, preview, simulate, builtins, migrate,
};
rootCommand.SetAction(_ => Cli.Run(() =>
{
    Console.WriteLine($"Generating the demo exam ({Path.GetRelativePath(root, DemoExam.Blueprint(root))}) for the demo roster ({Path.GetRelativePath(root, DemoExam.Roster(root))}) with the public demo secret.");
    var summary = GenerationConsole.Run(new GenerationRequest(DemoExam.Blueprint(root), DemoExam.Roster(root), DemoExam.Exercises(root),
        DemoExam.Output(root), DemoExam.Secret, Force: true, Cancellation: Interruption.Token));
    Cli.Report(summary, root);
}));

return rootCommand.Parse(args).Invoke();
