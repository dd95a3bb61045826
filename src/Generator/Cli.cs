using DeepExam.Diagnostics;
using DeepExam.Runs;

namespace DeepExam.Generator;

/// <summary>Runs a command body: input problems are printed one per line and exit 1; anything else is a bug and exits 2.</summary>
public static class Cli
{
    public static int Run(Action body) => Run(() => { body(); return 0; });

    public static int Run(Func<int> body) => DeepExam.Runs.CommandRunner.Run(body);

    /// <summary>What a run cleaned up after interrupted runs, before its own summary.</summary>
    public static void Notices(IEnumerable<string> notices)
    {
        foreach (var notice in notices) Console.WriteLine($"Note: {notice}.");
    }

    public static void Report(GenerationSummary s, string root)
    {
        Notices(s.Notices);
        var where = Path.GetRelativePath(root, s.OutputFolder);
        Console.WriteLine($"{(s.Replaced ? "Replaced" : "Wrote")} {where}/ for exam '{s.ExamId}', {s.Students} students, {s.Files} files in {s.Elapsed.TotalSeconds:0.00} s:");
        // What was written comes from the formats' writers, so a new format shows up here by itself.
        var width = s.Outputs.Max(o => o.Path.Length) + 2;
        foreach (var file in s.Outputs) Console.WriteLine($"  {where}/{file.Path.PadRight(width)}{file.Description}");
    }

    public static void Report(ExportSummary s, string root)
    {
        Notices(s.Notices);
        var where = Path.GetRelativePath(root, s.OutputFolder);
        Console.WriteLine($"{(s.Replaced ? "Replaced" : "Wrote")} {where}/: a {s.Format} question bank of '{s.ExamId}', {s.Exercises} exercise{(s.Exercises == 1 ? "" : "s")}, {s.Exported} of {s.Variants} variants, {s.Files.Length} files in {s.Elapsed.TotalSeconds:0.00} s.");
        foreach (var shortfall in s.Shortfalls) Console.WriteLine($"  Note: {shortfall}.");
        foreach (var skipped in s.Skipped) Console.WriteLine($"  Skipped {skipped}.");
        if (s.Skipped.Length > 0) Console.WriteLine($"  {s.Skipped.Length} variant{(s.Skipped.Length == 1 ? "" : "s")} skipped: {where}/manifest.csv says which and why.");
    }
}
