using System.CommandLine;
using DeepExam.Diagnostics;
using DeepExam.Generator;
using DeepExam.Grading;
using DeepExam.Runs;

namespace DeepExam.Tool;

/// <summary>The verbs only the installed tool has: the demo from anywhere, and a new course folder.</summary>
public static class ToolCommands
{
    public static Command Demo(CommandContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo (replaced if it holds an earlier demo)", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var grade = new Option<bool>("--grade") { Description = "Also grade the bundled demo submissions (right answers, typical mistakes, broken files) into <out>/grades" };
        var command = new Command("demo", "Generate the bundled demo exam for the demo class (12 students) into ./out/demo: exam and solution PDFs, answer sheets, keys.")
        {
            output, grade,
        };
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            if (Inside(folder, AppContext.BaseDirectory))
                return Cli.Run(() => throw new InputException(new Diagnostic(new SourceLocation(parse.GetValue(output)!, 1, 1), null,
                    $"is inside the tool's own folder ({AppContext.BaseDirectory}); write the demo somewhere else", DiagnosticCodes.OutputInsideTool)));
            var generated = GeneratorCommands.Demo(folder, context.Root);
            if (generated != 0 || !parse.GetValue(grade)) return generated;
            return GraderCommands.Demo(Path.Combine(folder, "grades"), folder, context.Root);
        });
        return command;
    }

    public static Command Init()
    {
        var folder = new Argument<string>("folder") { Description = "The course folder to create (it must not exist yet, or be empty)" };
        var command = new Command("init", "Create a course folder: exercises/ with an example exercise, a blueprint using it and bundled exercises, a roster, a README, a .gitignore for out/ and the secret, and the exercise schema for editors.")
        {
            folder,
        };
        command.SetAction(parse => Cli.Run(() =>
        {
            var target = parse.GetValue(folder)!;
            var files = CourseFolder.Create(target, BundledContent.CourseSkeleton, BundledContent.ExerciseSchema);
            Console.WriteLine($"Created the course folder {target}:");
            foreach (var file in files) Console.WriteLine($"  {file}");
            Console.WriteLine($"Next: cd {target}, then deepexam validate, deepexam preview conv-output-width --watch, and README.md for generating and grading.");
        }));
        return command;
    }

    private static bool Inside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
