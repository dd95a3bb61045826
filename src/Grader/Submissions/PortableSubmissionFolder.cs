using System.Text;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// <see cref="SubmissionFolder"/>'s rules as far as .NET's own file APIs allow, where its libc calls are
/// not available (Windows, macOS, 32-bit or other Linux architectures). No link is followed (a link is
/// known by its target), reads are bounded by the size limit, and the limits on depth and entries hold.
/// What .NET cannot do: open a name that is not valid text, tell a FIFO or device from a regular file
/// (on macOS a FIFO named *.yaml would block the read), or check the file it opens is the one it listed.
/// </summary>
public static class PortableSubmissionFolder
{
    public static SubmissionFolderContents Read(string folder, FolderLimits limits)
    {
        var files = new List<(string Path, string Shown)>();
        var skipped = new List<SkippedEntry>();
        var entries = 0;
        var pending = new Stack<(DirectoryInfo Folder, string Prefix, int Depth)>();
        pending.Push((new DirectoryInfo(Path.GetFullPath(folder)), "", 0));
        while (pending.TryPop(out var current))
        {
            IEnumerable<FileSystemInfo> listing;
            try
            {
                listing = current.Folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(SkippedEntry.FolderNotReadable(current.Prefix.TrimEnd('/'), e.Message));
                continue;
            }
            foreach (var entry in listing)
            {
                var name = Encoding.UTF8.GetBytes(entry.Name);
                var shown = current.Prefix + FileNameText.Show(name);
                if (++entries > limits.MaxEntries)
                {
                    skipped.Add(SkippedEntry.TooManyEntries(shown, limits.MaxEntries));
                    pending.Clear();
                    break;
                }
                if (entry.LinkTarget is { } target) skipped.Add(SkippedEntry.SymbolicLink(shown, target));
                else if (entry is DirectoryInfo sub)
                {
                    if (current.Depth + 1 > limits.MaxDepth) skipped.Add(SkippedEntry.TooDeep(shown, limits.MaxDepth));
                    else pending.Push((sub, shown + "/", current.Depth + 1));
                }
                else if (SubmissionFolder.IsAnswerName(name)) files.Add((entry.FullName, shown));
                else skipped.Add(SkippedEntry.NotAnAnswerFile(shown));
            }
        }
        var reads = files.AsParallel().AsOrdered().Select(f => ReadFile(f.Path, f.Shown)).ToList();
        return new SubmissionFolderContents([.. reads.OrderBy(r => r.File.Name, StringComparer.Ordinal)], [.. skipped.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    private static SubmissionRead ReadFile(string path, string shown)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var file = new SubmissionFile(shown, RandomAccess.GetLength(handle), File.GetLastWriteTimeUtc(handle));
            if (file.Length > SubmissionReader.MaxBytes) return SubmissionReader.Read(file, []);
            // One byte more than it said, and on up to one past the limit only if it grew meanwhile.
            var buffer = new byte[file.Length + 1];
            int total = 0, n;
            while ((n = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
            {
                total += n;
                if (total < buffer.Length) continue;
                if (buffer.Length > SubmissionReader.MaxBytes) break;
                Array.Resize(ref buffer, (int)SubmissionReader.MaxBytes + 1);
            }
            return SubmissionReader.Read(file, buffer.AsSpan(0, total));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SubmissionReader.CouldNotRead(new SubmissionFile(shown, 0, default), e.Message);
        }
    }
}
