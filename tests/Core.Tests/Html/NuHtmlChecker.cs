using System.Diagnostics;

namespace DeepExam.Tests.Html;

/// <summary>
/// The Nu Html Checker (W3C's validator, npm package vnu-jar), run on files. Found at $VNU_JAR, or where
/// .ci/run installs it (.tools/node_modules/vnu-jar); null when it or Java is missing.
/// </summary>
public static class NuHtmlChecker
{
    public static string? Jar()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("VNU_JAR"),
            Path.Combine(TestPaths.Repository, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
        };
        var jar = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
        return jar is not null && Java() is not null ? jar : null;
    }

    /// <summary>Errors only (warnings are advice); the exit code and what the checker printed.</summary>
    public static (int Exit, string Output) Check(string jar, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Java()!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only" }.Concat(files)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (output + error.Result).Trim());
    }

    private static string? Java() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
}
