using System.Buffers;
using System.Runtime.InteropServices;
using DeepExam.Diagnostics;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// <see cref="SubmissionFolder"/> on Linux, through <see cref="LibC"/>. Folders are listed with readdir
/// on byte names and every name is opened relative to its open folder with O_NOFOLLOW, so no link is
/// followed anywhere below the top and no name needs to be text. What the listing says is not a regular
/// file (a link, FIFO, socket, device) is reported without being opened. An answer file is opened once,
/// non-blocking, and the open file itself is asked what it is, how long it is and when it was changed:
/// nothing can be swapped between that check and the read, and at most one byte past the size limit
/// is ever read.
/// </summary>
internal sealed unsafe class LinuxSubmissionFolder
{
    // Answer files are read and parsed in parallel batches as the walk goes on. A batch keeps the
    // folders of its files open (files are opened relative to their folder, never by path), so it is
    // flushed after this many files or this many finished folders: a download with one folder per
    // student keeps a few hundred descriptors open, not ten thousand, and parsing still has enough
    // files at a time to keep every core busy.
    private const int BatchFiles = 256, BatchFolders = 256;

    private readonly LibC.OpenFlags _flags;
    private readonly FolderLimits _limits;
    private readonly List<SubmissionRead> _reads = [];
    private readonly List<SkippedEntry> _skipped = [];
    private readonly List<Pending> _batch = [];
    private readonly List<Folder> _finished = [];
    private int _entries;
    private bool _stopped;

    private LinuxSubmissionFolder(LibC.OpenFlags flags, FolderLimits limits)
    {
        _flags = flags;
        _limits = limits;
    }

    /// <param name="path">A full path; its last part is followed if it is a link, as the instructor named it.</param>
    public static SubmissionFolderContents Read(string path, LibC.OpenFlags flags, FolderLimits limits)
    {
        var fd = LibC.Open(path, LibC.OpenFlags.ReadOnly | flags.Directory | LibC.OpenFlags.CloseOnExec);
        var stream = fd < 0 ? 0 : LibC.FdOpenDir(fd);
        if (stream == 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (fd >= 0) LibC.Close(fd);
            throw new InputException(new Diagnostic(new SourceLocation(path, 1, 1), null, $"the submissions folder could not be read: {LibC.ErrorText(error)}", DiagnosticCodes.SubmissionsFolderUnreadable));
        }
        return new LinuxSubmissionFolder(flags, limits).Walk(new Folder(stream, fd));
    }

    private SubmissionFolderContents Walk(Folder root)
    {
        try
        {
            Visit(root, "", 0);
            Flush();
        }
        finally
        {
            foreach (var folder in _finished) folder.Dispose();
            root.Dispose();
        }
        _reads.Sort((a, b) => string.CompareOrdinal(a.File.Name, b.File.Name));
        return new SubmissionFolderContents([.. _reads], [.. _skipped.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    private void Visit(Folder folder, string prefix, int depth)
    {
        while (!_stopped)
        {
            var entry = LibC.ReadDir(folder.Stream);
            if (entry == 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error != 0) _skipped.Add(SkippedEntry.FolderIncomplete(prefix.TrimEnd('/'), LibC.ErrorText(error)));
                return;
            }
            var name = LibC.EntryName(entry);
            if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8)) continue;
            var shown = prefix + FileNameText.Show(name);
            if (++_entries > _limits.MaxEntries)
            {
                _skipped.Add(SkippedEntry.TooManyEntries(shown, _limits.MaxEntries));
                _stopped = true;
                return;
            }
            // d_type names the entry itself, never what a link points to; the name stays NUL-terminated in the entry.
            fixed (byte* cName = name)
            {
                var type = LibC.EntryType(entry);
                if (type == LibC.FileType.Unknown)
                {
                    // Some file systems leave d_type unknown: ask them, without following a link.
                    LibC.Statx status;
                    if (LibC.StatxAt(folder.Fd, cName, LibC.AtSymlinkNoFollow, LibC.StatxType, &status) != 0)
                    {
                        _skipped.Add(SkippedEntry.Unexaminable(shown, LibC.ErrorText(Marshal.GetLastPInvokeError())));
                        continue;
                    }
                    type = status.Type;
                }
                switch (type)
                {
                    case LibC.FileType.Directory:
                        VisitSubfolder(folder, cName, shown, depth + 1);
                        break;
                    case LibC.FileType.SymbolicLink:
                        _skipped.Add(SkippedEntry.SymbolicLink(shown, LinkTarget(folder.Fd, cName)));
                        break;
                    case LibC.FileType.Regular when SubmissionFolder.IsAnswerName(name):
                        _batch.Add(new Pending(folder, [.. name, 0], shown));
                        folder.Waiting++;
                        if (_batch.Count >= BatchFiles) Flush();
                        break;
                    case LibC.FileType.Regular:
                        _skipped.Add(SkippedEntry.NotAnAnswerFile(shown));
                        break;
                    default:
                        // A FIFO, socket or device, known from the listing alone: never opened at all.
                        _skipped.Add(SkippedEntry.NotARegularFile(shown, type));
                        break;
                }
            }
        }
    }

    private void VisitSubfolder(Folder parent, byte* name, string shown, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            _skipped.Add(SkippedEntry.TooDeep(shown, _limits.MaxDepth));
            return;
        }
        var fd = LibC.OpenAt(parent.Fd, name, LibC.OpenFlags.ReadOnly | _flags.Directory | _flags.NoFollow | LibC.OpenFlags.NonBlock | LibC.OpenFlags.CloseOnExec);
        var stream = fd < 0 ? 0 : LibC.FdOpenDir(fd);
        if (stream == 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (fd >= 0) LibC.Close(fd);
            // Replaced by a link since it was listed: still not followed.
            if (error is LibC.ELOOP or LibC.EMLINK) _skipped.Add(SkippedEntry.SymbolicLink(shown, LinkTarget(parent.Fd, name)));
            else _skipped.Add(SkippedEntry.FolderNotReadable(shown, LibC.ErrorText(error)));
            return;
        }
        var folder = new Folder(stream, fd);
        try
        {
            Visit(folder, shown + "/", depth);
        }
        finally
        {
            if (folder.Waiting == 0) folder.Dispose();
            else _finished.Add(folder);
        }
        if (_finished.Count >= BatchFolders) Flush();
    }

    /// <summary>Reads and parses the batch's files in parallel, then closes the folders the walk is done with.</summary>
    private void Flush()
    {
        var outcomes = new (SubmissionRead? Read, SkippedEntry? Skipped)[_batch.Count];
        Parallel.For(0, _batch.Count, i => outcomes[i] = ReadFile(_batch[i]));
        foreach (var (read, skipped) in outcomes)
            if (read is not null) _reads.Add(read);
            else _skipped.Add(skipped!);
        foreach (var pending in _batch) pending.Folder.Waiting = 0;
        _batch.Clear();
        foreach (var folder in _finished) folder.Dispose();
        _finished.Clear();
    }

    private (SubmissionRead?, SkippedEntry?) ReadFile(Pending file)
    {
        fixed (byte* name = file.Name)
        {
            var fd = LibC.OpenAt(file.Folder.Fd, name, LibC.OpenFlags.ReadOnly | _flags.NoFollow | LibC.OpenFlags.NonBlock | LibC.OpenFlags.NoCtty | LibC.OpenFlags.CloseOnExec);
            if (fd < 0)
            {
                var error = Marshal.GetLastPInvokeError();
                // Changed since it was listed: now a link, or a socket or FIFO without a writer.
                if (error is LibC.ELOOP or LibC.EMLINK) return (null, SkippedEntry.SymbolicLink(file.Shown, LinkTarget(file.Folder.Fd, name)));
                if (error is LibC.ENXIO or LibC.ENODEV or LibC.EOPNOTSUPP) return (null, SkippedEntry.NotARegularFile(file.Shown, LibC.FileType.Unknown));
                // Permission denied and the like: still a student's answer file, so it goes to the matcher,
                // with its modification time if the folder gives it.
                LibC.Statx status;
                var known = LibC.StatxAt(file.Folder.Fd, name, LibC.AtSymlinkNoFollow, LibC.StatxSize | LibC.StatxMtime, &status) == 0;
                var unread = new SubmissionFile(file.Shown, known ? status.Length : 0, known ? status.LastWriteUtc : default);
                return (SubmissionReader.CouldNotRead(unread, LibC.ErrorText(error)), null);
            }
            try
            {
                return ReadOpenFile(fd, file.Shown);
            }
            finally
            {
                LibC.Close(fd);
            }
        }
    }

    private static (SubmissionRead?, SkippedEntry?) ReadOpenFile(int fd, string shown)
    {
        LibC.Statx status;
        if (LibC.StatxAt(fd, LibC.EmptyName, LibC.AtEmptyPath, LibC.StatxType | LibC.StatxSize | LibC.StatxMtime, &status) != 0)
            return (SubmissionReader.CouldNotRead(new SubmissionFile(shown, 0, default), LibC.ErrorText(Marshal.GetLastPInvokeError())), null);
        if (status.Type != LibC.FileType.Regular) return (null, SkippedEntry.NotARegularFile(shown, status.Type));
        var file = new SubmissionFile(shown, status.Length, status.LastWriteUtc);
        if (file.Length > SubmissionReader.MaxBytes) return (SubmissionReader.Read(file, []), null);

        // On to one byte past the limit, whatever the length said: a file growing meanwhile is caught, not read on.
        const int Capacity = (int)SubmissionReader.MaxBytes + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(Capacity);
        try
        {
            var total = 0;
            fixed (byte* start = buffer)
            {
                while (total < Capacity)
                {
                    var n = LibC.Read(fd, start + total, Capacity - total);
                    if (n == 0) break;
                    if (n > 0) total += (int)n;
                    else if (Marshal.GetLastPInvokeError() is var error and not LibC.EINTR) return (SubmissionReader.CouldNotRead(file, LibC.ErrorText(error)), null);
                }
            }
            return (SubmissionReader.Read(file, buffer.AsSpan(0, total)), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where a link points, for the report; the link itself is never followed.</summary>
    private static string? LinkTarget(int folder, byte* name)
    {
        const int Size = 4096;
        var target = stackalloc byte[Size];
        var length = LibC.ReadLinkAt(folder, name, target, Size);
        return length < 0 ? null : FileNameText.Show(new ReadOnlySpan<byte>(target, (int)length));
    }

    /// <summary>An open folder: the DIR stream that lists it and its descriptor that names are opened relative to (closing the stream closes both).</summary>
    private sealed class Folder(nint stream, int fd) : IDisposable
    {
        public nint Stream { get; } = stream;
        public int Fd { get; } = fd;

        /// <summary>Files of this folder in the batch, not read yet: it stays open until they are.</summary>
        public int Waiting { get; set; }

        public void Dispose() => LibC.CloseDir(Stream);
    }

    /// <summary>An answer file the walk found, opened in the next batch.</summary>
    private sealed record Pending(Folder Folder, byte[] Name, string Shown);
}
