using DeepExam.Diagnostics;

namespace DeepExam.Output;

/// <summary>
/// An exclusive lock on one output folder for the whole of a run, held on an empty lock file beside it
/// (<c>.NAME.lock</c>). Two runs into one <c>--out</c> would otherwise both print "Wrote", the later
/// silently replacing the earlier. The lock is the operating system's (on Linux and macOS an advisory
/// <c>flock</c>, which .NET takes for <see cref="FileShare.None"/>), so it is released when the process
/// ends however it ends, even by SIGKILL: a lock file left behind never blocks a later run. The file is
/// left in place: removing it would let a run that opened it just before lock a file no one else sees.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    public static string PathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");

    /// <summary>Takes the lock; null when another run holds it.</summary>
    public static OutputLock? TryTake(string target)
    {
        var path = PathFor(target);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException) when (File.Exists(path) && !Directory.Exists(path))
        {
            // .NET reports a lock held elsewhere as a sharing violation of an existing file.
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentException($"cannot create the lock file {path}: {e.Message}", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
