using DeepExam.Diagnostics;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using Spectre.Console;

namespace DeepExam.Grading;

/// <summary>
/// The grader's console side. Exit codes: 0 all graded cleanly, 3 graded but something needs the
/// instructor's attention (see report.csv), 1 unusable input (nothing written), 2 a bug.
/// </summary>
public static class GraderCli
{
    public const int NeedsAttention = 3;

    public static int Run(Func<int> body) => DeepExam.Runs.CommandRunner.Run(body);

    public static int Report(GradingOutcome outcome, string root)
    {
        foreach (var notice in outcome.Notices) Console.WriteLine($"Note: {notice}.");
        var where = Path.GetRelativePath(root, outcome.OutputFolder);
        var counts = outcome.Grades.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {SubmissionStatuses.Name(g.Key)}");
        Console.WriteLine($"{(outcome.Replaced ? "Replaced" : "Wrote")} {where}/ for exam '{outcome.Blueprint.Id}': {outcome.Grades.Length} students ({string.Join(", ", counts)}), {outcome.Files} files read, in {outcome.Elapsed.TotalSeconds:0.00} s.");
        Console.WriteLine($"  {where}/grades.csv          one row per roster student: points per part, total, percent, status");
        Console.WriteLine($"  {where}/feedback/<id>.yaml  each part: the answer given, the correct answer, points, feedback");
        if (outcome.FeedbackPdfs) Console.WriteLine($"  {where}/feedback/<id>.pdf   the same, typeset for the student");
        Console.WriteLine($"  {where}/stats.yaml          per part: mean score, full marks, most common wrong answers");
        Console.WriteLine($"  {where}/report.csv          {outcome.Issues.Length} line{(outcome.Issues.Length == 1 ? "" : "s")} needing attention");

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var table = new Table().Border(TableBorder.Simple).Title("Per part");
        table.AddColumns("part", "exercise", "mean", "full marks", "most common wrong answer");
        foreach (var s in outcome.Statistics)
        {
            var common = s.CommonWrongAnswers.FirstOrDefault();
            var wrong = common is null ? "" : $"{Short(common.Answer)} ×{common.Count}{(common.Matched is null ? "" : $" ({Short(common.Matched)})")}";
            table.AddRow(Markup.Escape(s.Key), Markup.Escape(s.Exercise), $"{s.MeanShare:P0}", $"{s.FullMarksShare:P0}", Markup.Escape(ConsoleText.Safe(wrong)));
        }
        console.Write(table);

        if (!outcome.NeedsAttention) return 0;
        Console.WriteLine($"Needs attention ({outcome.Issues.Length}):");
        foreach (var issue in outcome.Issues.Take(25)) Console.WriteLine("  " + ConsoleText.Safe(issue.ToString()));
        if (outcome.Issues.Length > 25) Console.WriteLine($"  … and {outcome.Issues.Length - 25} more in report.csv");
        return NeedsAttention;
    }

    private static string Short(string s) => s.Length <= 32 ? s : s[..29] + "...";
}
