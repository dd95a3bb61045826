using System.CommandLine;
using DeepExam.Generator;
using DeepExam.Runs;

InvariantCulture.UseEverywhere();

// The verbs live in GeneratorCommands, shared with the installed deepexam tool (src/Tool).
var context = CommandContext.Repository();
var rootCommand = new RootCommand("Randomised deep-learning arithmetic exercises: generate every student's variant with exact answers. With no arguments, generates the bundled demo exam into out/demo.");
foreach (var command in new GeneratorCommands(context).All()) rootCommand.Add(command);
rootCommand.SetAction(_ => GeneratorCommands.Demo(DemoExam.Output(context.Root), context.Root));

return rootCommand.Parse(args).Invoke();
