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
        Console.WriteLine($"  {where}/exams/<student>.pdf           exam sheet to hand out");
        Console.WriteLine($"  {where}/solutions/<student>.pdf       solution sheet with the worked answers");
        Console.WriteLine($"  {where}/keys/<student>.yaml           answer key: parameters and exact answers");
        Console.WriteLine($"  {where}/answer-sheets/<student>.yaml  blank answer sheet to hand out");
        Console.WriteLine($"  {where}/key.csv                      class key: one row per student and part");
        Console.WriteLine($"  {where}/key.pdf                      instructor key: every student's answers, typeset (confidential)");
        Console.WriteLine($"  {where}/{Output.ExerciseVersionsFile.Name}       the version of each exercise used, which grade --keys checks");
    }
}
