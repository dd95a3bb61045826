using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using DeepExam.Diagnostics;

namespace DeepExam.Output;

/// <summary>
/// A results folder written as a whole or not at all. Files go to a hidden staging folder beside the
/// target, and <see cref="Commit"/> moves it into place with one rename (the commit point); earlier
/// results are replaced only when the caller says so (--force). Around that:
/// <list type="bullet">
/// <item>the target may not be, hold or lie inside any input, compared as real paths after every link,
/// so no path form (links at any level, <c>..</c>, trailing slashes) gets an input deleted or written;</item>
/// <item>a lock beside the target (<see cref="OutputLock"/>) keeps two runs out of one folder;</item>
/// <item>what interrupted runs left behind is settled first (<see cref="OutputLeftovers"/>), and a
/// replacement can be finished or rolled back by the next run whatever instant it was killed at;</item>
/// <item>problems of the machine (permissions, a full disk, a file where the folder should be) are
/// <see cref="EnvironmentException"/>s, said in one line; a run that is told to stop (Ctrl-C,
/// SIGTERM) stops at its next file and removes its staging folder.</item>
/// </list>
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Thousands of files go into a handful of folders; asking the file system for each folder once is enough.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly OutputLock _lock;
    private readonly RunOwner _owner;
    private readonly CancellationToken _cancellation;
    private readonly List<string> _notices;
    private bool _committed;

    /// <summary>The folder the results end up in: its real parent folder and its name.</summary>
    public string Target { get; }
    public string Staging { get; }
    public bool Replaces { get; }

    /// <summary>What was settled of interrupted runs, and anything odd in committing; for the console.</summary>
    public ImmutableArray<string> Notices => [.. _notices];

    private OutputFolder(string target, string staging, bool replaces, OutputLock lockHeld, RunOwner owner, IEnumerable<string> notices, CancellationToken cancellation)
    {
        Target = target;
        Staging = staging;
        Replaces = replaces;
        _lock = lockHeld;
        _owner = owner;
        _notices = [.. notices];
        _cancellation = cancellation;
    }

    /// <param name="target">The --out folder as given.</param>
    /// <param name="inputs">Input files and folders: the target may neither be, hold nor lie inside any of them.</param>
    /// <param name="cancellation">Stops the run at its next file; the staging folder is then removed.</param>
    public static OutputFolder Create(string target, bool force, IEnumerable<string> inputs, CancellationToken cancellation = default)
    {
        var given = target;
        var full = Path.GetFullPath(target);
        if (Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) is not { Length: > 0 } name)
            throw Refused(given, "the output folder cannot be a file system's root; choose a folder for the results", DiagnosticCodes.OutputFolderIsRoot);
        // Renames and removals act on the entry NAME in its real parent folder; writes go through whatever it leads to.
        var entry = Path.Combine(RealPath.Resolve(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!), name);
        var leadsTo = RealPath.Resolve(entry);
        var realInputs = inputs.Select(i => (Given: i, Real: RealPath.Resolve(i))).ToList();
        foreach (var (input, real) in realInputs)
            if (new[] { entry, leadsTo }.Any(path => RealPath.IsSameOrInside(path, real) || RealPath.IsSameOrInside(real, path)))
            {
                var links = leadsTo != full.TrimEnd(Path.DirectorySeparatorChar) || real != Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar)
                    ? $" (the output leads to {leadsTo}, the input to {real})" : "";
                throw Refused(given, $"the output folder overlaps the input {input}{links}; choose an output folder that neither lies in an input nor holds one", DiagnosticCodes.OutputOverlapsInput);
            }

        if (new FileInfo(entry).LinkTarget is { } link)
            throw Refused(given, $"the output folder is a symbolic link (to {link}); give the folder itself, or another --out", DiagnosticCodes.OutputFolderIsLink);
        if (File.Exists(entry))
            throw Refused(given, "the output path is a file, not a folder; choose a folder for the results", DiagnosticCodes.OutputPathIsFile);

        var parent = Path.GetDirectoryName(entry)!;
        Environmental(() => Directory.CreateDirectory(parent), $"cannot create the folder {parent}");
        var lockHeld = OutputLock.TryTake(entry)
            ?? throw new EnvironmentException($"another run is writing {given} ({Writers(entry)}); wait for it to finish, or choose another --out");
        try
        {
            var notices = Environmental(() => OutputLeftovers.Settle(entry, [.. realInputs.Select(i => i.Real)]), "cannot clean up after an interrupted run");
            var exists = Directory.Exists(entry);
            if (exists && !force)
                throw new InputException([new Diagnostic(new SourceLocation(given, 1, 1), null,
                    "the output folder already exists; pass --force to replace it, or choose another --out", DiagnosticCodes.OutputFolderExists)], notices);
            if (exists && FolderRemoval.FirstUnremovable(entry) is { } locked)
                throw new EnvironmentException($"cannot replace {given}: {locked} is read-only to this user (its earlier results could not be removed); nothing was written");
            var owner = RunOwner.Current();
            var staging = OutputLeftovers.PathOf(entry, OutputLeftovers.Staging, owner);
            Environmental(() => Directory.CreateDirectory(staging), $"cannot create a folder beside {given}");
            return new OutputFolder(entry, staging, exists, lockHeld, owner, notices, cancellation);
        }
        catch
        {
            lockHeld.Dispose();
            throw;
        }
    }

    private static InputException Refused(string target, string message, DiagnosticCode code) =>
        new(new Diagnostic(new SourceLocation(target, 1, 1), null, message, code));

    // Names the process of the live run from its staging folder, for the message of the run that waits.
    private static string Writers(string target)
    {
        var pids = Directory.EnumerateDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{OutputLeftovers.Staging}-*")
            .Select(p => RunOwner.Parse(Path.GetFileName(p)[($".{Path.GetFileName(target)}.{OutputLeftovers.Staging}-").Length..]))
            .Where(o => o is { IsAlive: true }).Select(o => o!.ProcessId).Distinct().ToList();
        return pids.Count == 0 ? "it holds the lock file" : $"process {string.Join(", ", pids)}";
    }

    private static T Environmental<T>(Func<T> action, string what)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentException($"{what}: {e.Message}", e);
        }
    }

    private static void Environmental(Action action, string what) => Environmental(() => { action(); return 0; }, what);

    /// <summary>Writes a file (UTF-8, no BOM) under the staging folder; <paramref name="relativePath"/> uses '/'.</summary>
    public void WriteFile(string relativePath, string content) => WriteFile(relativePath, Encoded([content.AsMemory()], content.Length));

    /// <summary>Writes a file (UTF-8, no BOM) of the text composed in <paramref name="content"/>, without making it a string first.</summary>
    public void WriteFile(string relativePath, StringBuilder content)
    {
        var chunks = new List<ReadOnlyMemory<char>>();
        foreach (var chunk in content.GetChunks()) chunks.Add(chunk);
        WriteFile(relativePath, Encoded(chunks, content.Length));
    }

    /// <summary>
    /// Writes a file of these bytes with one write. A run writes thousands of small files, so the file is opened as
    /// new and exclusive: no truncation, and the runtime takes its lock without first asking which file system the
    /// file is on (it does for a shared lock), two system calls fewer per file than a FileStream opened to replace one.
    /// </summary>
    public void WriteFile(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = Prepare(relativePath);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentException($"cannot write {relativePath} in the output folder: {e.Message}", e);
        }
        Failpoint.FileWritten();
    }

    /// <summary>The text as UTF-8 in a buffer the calling thread keeps for its next file (only the largest file's size stays allocated).</summary>
    private static ReadOnlySpan<byte> Encoded(IReadOnlyList<ReadOnlyMemory<char>> chunks, int length)
    {
        var buffer = _encoded is { } kept && kept.Length >= Utf8.GetMaxByteCount(length) ? kept : _encoded = new byte[Math.Max(Utf8.GetMaxByteCount(length), 1 << 14)];
        var encoder = _encoder ??= Utf8.GetEncoder();
        encoder.Reset();
        var written = 0;
        for (var i = 0; i < chunks.Count; i++) written += encoder.GetBytes(chunks[i].Span, buffer.AsSpan(written), flush: i == chunks.Count - 1);
        return buffer.AsSpan(0, written);
    }

    [ThreadStatic]
    private static byte[]? _encoded;

    [ThreadStatic]
    private static Encoder? _encoder;

    public StreamWriter OpenText(string relativePath)
    {
        var path = Prepare(relativePath);
        // New and exclusive, as in WriteFile: no truncation, and no question about the file system before the lock.
        var writer = Environmental(() => new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None), Utf8),
            $"cannot write {relativePath} in the output folder");
        Failpoint.FileWritten();
        return writer;
    }

    public FileStream OpenWrite(string relativePath)
    {
        var path = Prepare(relativePath);
        var stream = Environmental(() => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16),
            $"cannot write {relativePath} in the output folder");
        Failpoint.FileWritten();
        return stream;
    }

    public void CreateFolder(string relativePath)
    {
        var path = PathOf(relativePath);
        Environmental(() => Directory.CreateDirectory(path), $"cannot create {relativePath} in the output folder");
    }

    // Every file of a run passes here, so this is where a run that was told to stop notices it.
    private string Prepare(string relativePath)
    {
        _cancellation.ThrowIfCancellationRequested();
        var path = PathOf(relativePath);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Environmental(() => Directory.CreateDirectory(folder), $"cannot create a folder for {relativePath} in the output folder");
            _folders.TryAdd(folder, 0);
        }
        return path;
    }

    private string PathOf(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Staging, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!RealPath.IsSameOrInside(path, Staging)) throw new InvalidOperationException($"'{relativePath}' would leave the output folder");
        return path;
    }

    /// <summary>
    /// Moves the staging folder into place. When replacing, the earlier results are first renamed aside
    /// (<c>.NAME.old-TAG</c>); the rename of the new results is the commit point; the earlier results
    /// are then renamed to <c>.NAME.trash-TAG</c> and removed. Killed at any instant, the next run
    /// finds the old results restored or the new ones in place, and removes the rest.
    /// </summary>
    public void Commit()
    {
        _cancellation.ThrowIfCancellationRequested();
        Failpoint.Reach(Failpoint.BeforeCommit);
        if (!Directory.Exists(Target))
        {
            Environmental(() => Directory.Move(Staging, Target), $"cannot move the results into {Target}");
            _committed = true;
            return;
        }
        var old = OutputLeftovers.PathOf(Target, OutputLeftovers.Old, _owner);
        Environmental(() => Directory.Move(Target, old), $"cannot move the earlier results in {Target} aside");
        Failpoint.Reach(Failpoint.BetweenRenames);
        try
        {
            Directory.Move(Staging, Target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, Target);
            throw new EnvironmentException($"cannot move the results into {Target}: {e.Message}; the earlier results are unchanged", e);
        }
        _committed = true;
        var trash = OutputLeftovers.PathOf(Target, OutputLeftovers.Trash, _owner);
        try
        {
            Directory.Move(old, trash);
            FolderRemoval.Remove(trash, () => Failpoint.Reach(Failpoint.RemovingOld));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new results are in place; what is left of the old ones is removed by the next run.
            _notices.Add($"the earlier results could not all be removed ({e.Message}); the next run into {Path.GetFileName(Target)} removes the rest");
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run into this folder, which removes staging folders of runs that are gone.
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
