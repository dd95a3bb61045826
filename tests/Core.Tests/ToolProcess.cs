using System.Diagnostics;

namespace DeepExam.Tests;

/// <summary>
/// The real command-line programs as a child process, as an instructor runs them: exit code, what they
/// printed, and the process itself for tests that signal or kill it. Every run has a deadline, so a
/// program that hangs fails its test instead of stopping the suite.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    public static string GeneratorDll => typeof(DeepExam.Generator.Cli).Assembly.Location;
    public static string GraderDll => typeof(DeepExam.Grading.GraderCli).Assembly.Location;

    private readonly Process _process;
    private readonly Task<string> _output, _error;

    public int Id => _process.Id;

    private ToolProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <param name="environment">Variables to set (a null value removes one); DEEPEXAM_SECRET is always removed.</param>
    /// <param name="asNobody">When the tests run as root, run as the unprivileged user 'nobody' (through setpriv), for permission tests.</param>
    public static ToolProcess Start(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, bool asNobody = false)
    {
        var drop = asNobody && IsRoot;
        var start = new ProcessStartInfo(drop ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? TestPaths.Repository,
        };
        if (drop) foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) start.ArgumentList.Add(a);
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("DEEPEXAM_SECRET");
        start.Environment.Remove(DeepExam.Output.Failpoint.Variable);
        if (drop) start.Environment["HOME"] = Path.GetTempPath();
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        return new ToolProcess(Process.Start(start)!);
    }

    public static (int Exit, string Out, string Err) Run(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null, bool asNobody = false, int timeoutSeconds = 120)
    {
        using var process = Start(dll, args, environment, workingDirectory, asNobody);
        return process.Wait(timeoutSeconds);
    }

    public (int Exit, string Out, string Err) Wait(int timeoutSeconds = 120)
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the program did not finish within {timeoutSeconds} s");
        }
        _process.WaitForExit();
        return (_process.ExitCode, _output.Result, _error.Result);
    }

    /// <summary>Sends a signal by its number (15 SIGTERM, 2 SIGINT, 9 SIGKILL) with the system's kill command.</summary>
    public void Signal(int number)
    {
        using var kill = Process.Start("kill", [$"-{number}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Whether permission tests can run: as an ordinary user they run directly; as root they need setpriv to become 'nobody'.</summary>
    public static bool CanDropPrivileges => Environment.UserName != "root" || File.Exists("/usr/bin/setpriv") || File.Exists("/bin/setpriv");

    public static bool IsRoot => Environment.UserName == "root";

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
