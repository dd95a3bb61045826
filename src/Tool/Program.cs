using System.CommandLine;
using DeepExam.Generator;
using DeepExam.Grading;
using DeepExam.Runs;
using DeepExam.Tool;

InvariantCulture.UseEverywhere();

// Run in a course folder (one with exercises/), its exercises come first and the bundled library fills in; anywhere else
// the bundled library alone. Outputs go under the working directory, never into the tool's own files.
var context = CommandContext.WorkingDirectory();
var root = new RootCommand("deepexam: randomised deep-learning arithmetic exercises, solved exactly. Generate every student's variant with its PDFs and keys, "
    + "grade their answer files. 'deepexam init <folder>' starts a course folder; 'deepexam demo' generates the bundled demo exam.");
foreach (var command in new GeneratorCommands(context).All()) root.Add(command);
foreach (var command in new GraderCommands(context).All()) root.Add(command);
root.Add(ToolCommands.Demo(context));
root.Add(ToolCommands.Init());

return root.Parse(args.Length == 0 ? ["--help"] : args).Invoke();
