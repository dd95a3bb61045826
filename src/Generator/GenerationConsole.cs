using DeepExam.Runs;
using Spectre.Console;

namespace DeepExam.Generator;

/// <summary>
/// Runs a class generation with its progress on the console: a Spectre.Console progress bar on an
/// interactive terminal, plain lines ("generated 100/1000 students", one per tenth of the class)
/// when the output goes to a file or a pipe, where a redrawn bar would only be noise.
/// </summary>
public static class GenerationConsole
{
    public static GenerationSummary Run(GenerationRequest request)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive || !AnsiConsole.Profile.Capabilities.Ansi)
            return ClassGeneration.Run(request, new ProgressLines(Console.Out));
        GenerationSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Generating students");
                task.IsIndeterminate = true;
                summary = ClassGeneration.Run(request, new ProgressBar(task));
            });
        return summary!;
    }

    /// <summary>Moves a Spectre.Console task's bar (its setters are thread-safe; the display redraws on its own thread).</summary>
    private sealed class ProgressBar(ProgressTask task) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            task.IsIndeterminate = false;
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = $"Generated {value.Done}/{value.Total} students";
        }
    }
}
