using System.CommandLine;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Exports;
using DeepExam.Formats;
using DeepExam.Runs;

namespace DeepExam.Generator;

/// <summary>
/// The generator's verbs, built for a <see cref="CommandContext"/>: the repository's DeepExam.Generator program and the
/// installed <c>deepexam</c> tool put the same commands under their own root, so the two never drift apart.
/// </summary>
public sealed class GeneratorCommands
{
    private readonly CommandContext _context;
    private readonly Option<string> _exercises;

    public GeneratorCommands(CommandContext context)
    {
        _context = context;
        _exercises = new Option<string>("--exercises")
        {
            Description = "Folder of exercise templates; an id it lacks is looked up in the bundled library",
            DefaultValueFactory = _ => context.DefaultExercises,
        };
    }

    /// <summary>generate, export, validate, preview, simulate, builtins and migrate.</summary>
    public IEnumerable<Command> All() => [Generate(), Export(), Validate(), Preview(), Simulate(), Builtins(), Migrate()];

    private static Option<string> Blueprint() => new("--blueprint") { Description = "Exam blueprint YAML (templates/*.yaml)", Required = true };
    private static Option<string> Roster() => new("--roster") { Description = "Class roster CSV with columns id and name", Required = true };
    private static Option<string?> Secret() => new("--secret") { Description = "Secret that seeds every variant (or set DEEPEXAM_SECRET)" };
    private static Option<bool> Force() => new("--force") { Description = "Replace an existing output folder" };

    private static string SecretOf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) ?? Environment.GetEnvironmentVariable("DEEPEXAM_SECRET") ?? "";

    public Command Generate()
    {
        var blueprint = Blueprint();
        var roster = Roster();
        var output = new Option<string>("--out") { Description = "Output folder (created; never overwritten without --force)", Required = true };
        var secret = Secret();
        var force = Force();
        var formats = Formats();
        var command = new Command("generate", "Sample, solve and write every student's exam and solution PDFs, answer key and blank answer sheet, and the class key as CSV and PDF.")
        {
            blueprint, roster, _exercises, output, secret, force, formats,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var summary = GenerationConsole.Run(new GenerationRequest(parse.GetValue(blueprint)!, parse.GetValue(roster)!,
                parse.GetValue(_exercises)!, parse.GetValue(output)!, SecretOf(parse, secret), parse.GetValue(force),
                [.. parse.GetValue(formats) ?? []], _context.BundledExercises, Interruption.Token));
            Cli.Report(summary, _context.Root);
        }));
        return command;
    }

    public Command Export()
    {
        var format = new Option<string>("--format") { Description = $"The question-bank format: {string.Join(", ", QuestionBankFormats.Names)}", DefaultValueFactory = _ => "moodle" };
        format.AcceptOnlyFromAmong([.. QuestionBankFormats.Names]);
        var blueprint = new Option<string?>("--blueprint") { Description = "Export every exercise of this exam blueprint (a pool slot's exercises each in a category of its own)" };
        var templates = new Option<string[]>("--template")
        {
            Description = "Export these exercises by id instead of a blueprint's (repeat, or separate with commas)", AllowMultipleArgumentsPerToken = true,
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
        };
        var variants = new Option<int>("--variants") { Description = "Distinct variants per exercise (fewer when an exercise has fewer)", DefaultValueFactory = _ => QuestionBankExport.DefaultVariants };
        var math = new Option<string>("--math") { Description = "Math as TeX for Moodle's MathJax filter (tex) or as MathML (mathml)", DefaultValueFactory = _ => "tex" };
        math.AcceptOnlyFromAmong("tex", "mathml");
        var output = new Option<string>("--out") { Description = "Output folder (created; never overwritten without --force)", Required = true };
        var secret = Secret();
        var force = Force();
        var command = new Command("export", "Write a question bank for an LMS: N distinct variants of each exercise, solved exactly, with known mistakes as answers that give their feedback, and a manifest CSV.")
        {
            format, blueprint, templates, _exercises, variants, math, output, secret, force,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var summary = QuestionBankExport.Run(new ExportRequest(parse.GetValue(blueprint), [.. parse.GetValue(templates) ?? []], parse.GetValue(_exercises)!,
                parse.GetValue(output)!, SecretOf(parse, secret), parse.GetValue(force), parse.GetValue(format)!, parse.GetValue(variants),
                parse.GetValue(math) == "mathml" ? ExportMath.MathML : ExportMath.Tex, _context.BundledExercises, Interruption.Token));
            Cli.Report(summary, _context.Root);
        }));
        return command;
    }

    /// <summary>--formats: names separated by commas or repeated; an unknown name fails before anything is written.</summary>
    private static Option<string[]> Formats()
    {
        var formats = new Option<string[]>("--formats")
        {
            Description = $"Which outputs to write, comma-separated: {string.Join(", ", OutputFormats.Names)} (default: {string.Join(", ", OutputFormats.Default.Select(f => f.Name))})",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        formats.Validators.Add(result =>
        {
            foreach (var name in result.GetValueOrDefault<string[]>() ?? [])
                if (OutputFormats.Find(name) is null)
                    result.AddError($"--formats: no format '{name}'{Suggestions.DidYouMean(name, OutputFormats.Names)}; the formats are {string.Join(", ", OutputFormats.Names)}");
        });
        return formats;
    }

    public Command Validate()
    {
        var samples = new Option<int>("--samples") { Description = "Variants to sample per template; a template with at most this many parameter combinations is enumerated whole", DefaultValueFactory = _ => TemplateValidation.DefaultSamples };
        var template = new Option<string?>("--template") { Description = "Validate only the template with this id" };
        var blueprintOption = new Option<string?>("--blueprint") { Description = "Validate the exercises this exam uses, and print how each slot's points are shared among the parts" };
        var command = new Command("validate", "Load every template of the exercise folder, solve N sampled variants of each (every variant when there are at most N), and report errors and variant counts.")
        {
            _exercises, samples, template, blueprintOption,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var library = ExerciseLibrary.Open(parse.GetValue(_exercises)!, _context.BundledExercises, BuiltinRegistry.Default);
            Cli.Notices(library.ShadowNotes);
            var only = parse.GetValue(template);
            // The folder's own templates: a course folder is checked without the whole bundled library behind it.
            var ids = only is not null ? [only] : library.OwnIds.ToList();
            if (parse.GetValue(blueprintOption) is { } blueprintPath)
            {
                var blueprint = BlueprintLoader.Load(blueprintPath, library);
                var used = blueprint.Slots.SelectMany(s => s.Pool).ToHashSet(StringComparer.Ordinal);
                ids = only is not null ? [.. ids.Where(used.Contains)] : [.. used.Order(StringComparer.Ordinal)];
                var plans = SlotPoints.Of(blueprint, library).ToList();
                foreach (var plan in plans) Console.WriteLine(plan);
                var quarters = plans.Count(p => p.Points.NeedsQuarters);
                if (quarters > 0) Console.WriteLine($"{quarters} exercise{(quarters == 1 ? "" : "s")} needed steps of 1/4 (above); a few more points for the slot would allow halves.");
            }
            library.Require(ids);
            var templates = ids.Where(library.Contains).Select(id => library[id]).ToList();
            if (templates.Count == 0)
                throw new InputException(only is null
                    ? new Diagnostic(new SourceLocation(library.Folder, 1, 1), null, "no exercise templates in this folder", DiagnosticCodes.NoExerciseTemplates)
                    : new Diagnostic(new SourceLocation(library.Folder, 1, 1), only, "no such template", DiagnosticCodes.UnknownExercise));
            var failed = 0;
            foreach (var t in templates)
            {
                var report = TemplateValidation.Validate(t, parse.GetValue(samples));
                Console.WriteLine($"{(report.Passed ? "ok  " : "FAIL")} {report.TemplateId,-36} {report.Summary}");
                foreach (var error in report.Errors) Console.Error.WriteLine("     " + error);
                foreach (var overlap in report.Overlaps) Console.WriteLine("     " + overlap);
                foreach (var raw in report.RawNames) Console.WriteLine("     " + raw);
                if (!report.Passed) failed++;
            }
            Console.WriteLine(failed == 0 ? $"All {templates.Count} templates passed." : $"{failed} of {templates.Count} templates failed.");
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }

    public Command Preview()
    {
        // HelpName: without it, help lists every completion (all 48 ids) as the argument's name, one line 900 columns wide.
        var template = new Argument<string>("exercise") { Description = "An exercise id from --exercises, or the path of a template YAML file", HelpName = "exercise" };
        // Shell completion (dotnet-suggest) offers the ids of the exercise folder and the bundled library behind it.
        template.CompletionSources.Add(completion => ExerciseIds(completion.ParseResult.GetValue(_exercises) ?? _context.DefaultExercises));
        var seed = new Option<int>("--seed") { Description = "Which variant: the same seed always gives the same one (validate's sample N)", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "The PDF to write (default: out/preview/<id>-<seed>.pdf)" };
        var watch = new Option<bool>("--watch") { Description = "Keep running: typeset again each time the exercise file is saved, or print its problems; Ctrl+C ends it" };
        var html = new Option<bool>("--html") { Description = "Also write the exam and solution pages as web pages beside the PDF (<name>-exam.html, <name>-solutions.html)" };
        var command = new Command("preview", "Typeset one variant of an exercise, its exam pages then its solution pages, into one PDF to look at.")
        {
            template, seed, output, _exercises, watch, html,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            if (parse.GetValue(watch))
            {
                PreviewWatch.Run(new PreviewWatch.Request(parse.GetValue(template)!, parse.GetValue(_exercises)!, _context.BundledExercises,
                    parse.GetValue(seed), parse.GetValue(output), _context.Root, Html: parse.GetValue(html)), Console.Out, Interruption.Token);
                return;
            }
            var summary = ExercisePreview.Run(parse.GetValue(template)!, parse.GetValue(_exercises)!, parse.GetValue(seed), parse.GetValue(output), _context.Root, _context.BundledExercises, parse.GetValue(html));
            Console.WriteLine(PreviewWatch.Describe(summary));
        }));
        return command;
    }

    private IEnumerable<string> ExerciseIds(string folder)
    {
        try
        {
            return ExerciseLibrary.Open(folder, _context.BundledExercises, BuiltinRegistry.Default).Ids;
        }
        catch (InputException)
        {
            return [];
        }
    }

    public Command Simulate()
    {
        var blueprint = Blueprint();
        var roster = Roster();
        var output = new Option<string>("--out") { Description = "Folder for the simulated submissions", Required = true };
        var secret = Secret();
        var force = Force();
        var command = new Command("simulate", "Write filled-in answer sheets for the roster (a seeded mix of right answers, known mistakes, blanks and unreadable ones) to rehearse grading.")
        {
            blueprint, roster, _exercises, output, secret, force,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var secretText = SecretOf(parse, secret);
            if (secretText.Length == 0) throw new InputException(new Diagnostic(new SourceLocation(parse.GetValue(blueprint)!, 1, 1), null, "a secret is needed: pass --secret or set DEEPEXAM_SECRET", DiagnosticCodes.SecretMissing));
            var summary = SubmissionSimulation.Run(parse.GetValue(blueprint)!, parse.GetValue(roster)!, parse.GetValue(_exercises)!,
                parse.GetValue(output)!, secretText, parse.GetValue(force), _context.BundledExercises, Interruption.Token);
            Cli.Notices(summary.Notices);
            Console.WriteLine($"{(summary.Replaced ? "Replaced" : "Wrote")} {summary.Students} simulated answer files in {parse.GetValue(output)}.");
        }));
        return command;
    }

    public static Command Migrate()
    {
        var paths = new Argument<string[]>("paths") { Description = "Exercise files, or folders of them", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Say what would change; write nothing" };
        var command = new Command("migrate", "Rewrite schema-1 exercise files (Handlebars text) as schema 2 (Scriban text), in place; each rewritten file is loaded to show that it reads.")
        {
            paths, check,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var results = SchemaMigration.Run(parse.GetValue(paths)!, parse.GetValue(check));
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
        return command;
    }

    public static Command Builtins()
    {
        var output = new Option<string?>("--out") { Description = "Write the Markdown here instead of standard output" };
        var command = new Command("builtins", "Print the reference of every built-in function as Markdown.") { output };
        command.SetAction(parse => Cli.Run(() =>
        {
            var markdown = BuiltinReference.Markdown(BuiltinRegistry.Default);
            if (parse.GetValue(output) is { } path) File.WriteAllText(path, markdown);
            else Console.Write(markdown);
        }));
        return command;
    }

    /// <summary>
    /// Generates the bundled demo exam for the demo roster with the public demo secret into <paramref name="outputFolder"/>
    /// (replacing an earlier demo there): what the repository's generator does with no arguments.
    /// </summary>
    public static int Demo(string outputFolder, string showRelativeTo) => Cli.Run(() =>
    {
        var bundled = BundledContent.Root;
        Console.WriteLine($"Generating the demo exam ({Shown(DemoExam.Blueprint(bundled), showRelativeTo)}) for the demo roster ({Shown(DemoExam.Roster(bundled), showRelativeTo)}) with the public demo secret.");
        var summary = GenerationConsole.Run(new GenerationRequest(DemoExam.Blueprint(bundled), DemoExam.Roster(bundled), DemoExam.Exercises(bundled),
            outputFolder, DemoExam.Secret, Force: true, BundledExercises: DemoExam.Exercises(bundled), Cancellation: Interruption.Token));
        Cli.Report(summary, showRelativeTo);
    });

    private static string Shown(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
