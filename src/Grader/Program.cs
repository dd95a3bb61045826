using System.CommandLine;
using DeepExam.Grading;
using DeepExam.Runs;

InvariantCulture.UseEverywhere();

// The verbs live in GraderCommands, shared with the installed deepexam tool (src/Tool).
var context = CommandContext.Repository();
var rootCommand = new RootCommand("Grade submitted answer files with exact answers, partial credit and feedback. With no arguments, grades the bundled demo submissions into out/demo/grades.");
foreach (var command in new GraderCommands(context).All()) rootCommand.Add(command);
rootCommand.SetAction(_ => GraderCommands.Demo(DemoExam.Grades(context.Root), DemoExam.Output(context.Root), context.Root));

return rootCommand.Parse(args).Invoke();
