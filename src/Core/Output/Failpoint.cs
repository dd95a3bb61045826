using System.Globalization;

namespace DeepExam.Output;

/// <summary>
/// Named places in the writing of an output folder where the tests kill the process, to check that
/// an interrupted run leaves nothing that looks complete and that the next run cleans up after it.
/// The environment variable <c>DEEPEXAM_FAILPOINT</c> names one place (<c>write:N</c> for the N-th file
/// written); when a run reaches it, the process kills itself with SIGKILL, as the kernel's OOM killer
/// or a `kill -9` would: no handler, no cleanup, no flushing. Unset, each check is one comparison.
/// </summary>
public static class Failpoint
{
    public const string Variable = "DEEPEXAM_FAILPOINT";

    /// <summary>After the N-th file is written into the staging folder.</summary>
    public const string Write = "write";
    /// <summary>The staging folder is complete; nothing has been renamed yet.</summary>
    public const string BeforeCommit = "before-commit";
    /// <summary>Replacing: the earlier results have been moved aside, the new ones not yet moved in.</summary>
    public const string BetweenRenames = "between-renames";
    /// <summary>Replacing: the new results are in place, and part of the earlier ones has been removed.</summary>
    public const string RemovingOld = "removing-old";

    private static readonly (string Name, int Count)? Armed = Parse(Environment.GetEnvironmentVariable(Variable));
    private static int _writes;

    public static void Reach(string name)
    {
        if (Armed is { } armed && armed.Name == name) Die();
    }

    public static void FileWritten()
    {
        if (Armed is { Name: Write } armed && Interlocked.Increment(ref _writes) == armed.Count) Die();
    }

    private static void Die()
    {
        Console.Error.Flush();
        System.Diagnostics.Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var colon = value.IndexOf(':');
        if (colon < 0) return (value, 1);
        return (value[..colon], int.TryParse(value.AsSpan(colon + 1), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1);
    }
}
