using System.Globalization;
using System.Text.RegularExpressions;

namespace DeepExam.Output;

/// <summary>
/// The process that made a staging or old-results folder, written into the folder's name as
/// <c>p&lt;pid&gt;-t&lt;start&gt;-&lt;n&gt;</c>. A process id alone is reused once its process is gone; with the
/// process's start time it names one process for as long as the machine runs, so a later run can tell
/// a folder left behind by a killed run from one that a live run is still writing.
/// </summary>
public sealed partial record RunOwner(int ProcessId, long StartTime, int Sequence)
{
    private static int _sequence;

    [GeneratedRegex(@"^p(\d{1,10})-t(\d{1,20})-(\d{1,10})$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    /// <summary>This process; each call numbers a new folder, so one process can stage several outputs.</summary>
    public static RunOwner Current() => new(Environment.ProcessId, StartTimeOf(Environment.ProcessId) ?? 0, Interlocked.Increment(ref _sequence));

    /// <summary>The running process with this id, as the owner of its first folder; null when no such process runs.</summary>
    public static RunOwner? OfProcess(int pid) => StartTimeOf(pid) is { } start ? new RunOwner(pid, start, 1) : null;

    public string Tag => string.Create(CultureInfo.InvariantCulture, $"p{ProcessId}-t{StartTime}-{Sequence}");

    public static RunOwner? Parse(string tag)
    {
        var m = TagPattern().Match(tag);
        if (!m.Success || !int.TryParse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture, out var n)) return null;
        return new RunOwner(pid, start, n);
    }

    /// <summary>Whether the process that made the folder is still running (the same process, not a later one with its id).</summary>
    public bool IsAlive => StartTimeOf(ProcessId) is { } start && start == StartTime;

    public bool IsThisProcess => ProcessId == Environment.ProcessId && IsAlive;

    /// <summary>
    /// A process's start time in clock ticks since boot (field 22 of /proc/&lt;pid&gt;/stat), which never
    /// changes while it runs; elsewhere the start time .NET reports. Null when no such process runs.
    /// </summary>
    private static long? StartTimeOf(int pid)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
                // The command name (field 2) is in parentheses and may hold spaces; fields after it are plain.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], CultureInfo.InvariantCulture);
            }
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
