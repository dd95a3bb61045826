using System.Globalization;
using System.IO.Compression;
using DeepExam.Diagnostics;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Reads the answer files in a ZIP of submissions, such as an LMS's "download all submissions", entirely
/// in memory: nothing is ever extracted to disk, so an entry's name is only a label and cannot reach a
/// file. The rules are the folder walk's (<see cref="SubmissionFolder"/>): *.yaml entries are read as
/// answer files, everything else gets a report line, and so does each entry refused by the archive's
/// own checks: a name that would climb out of the archive or is absolute (a traversal name, reported
/// and not read), an entry that inflates past the answer-file limit or far more than text does (a zip
/// bomb), and entries beyond <see cref="ArchiveLimits"/>. Entry times are the archive's wall-clock
/// times (2-second steps, no time zone), compared only with each other; of files with the same time,
/// the later entry in the archive counts (<see cref="SubmissionFile.ArchiveOrder"/>).
/// </summary>
public static class SubmissionArchive
{
    /// <summary>Entries smaller than this are never called bombs, whatever their ratio: tiny entries can compress oddly.</summary>
    private const int RatioFloor = 64 * 1024;

    /// <summary>Whether the path names a file to read as an archive rather than a folder.</summary>
    public static bool IsArchive(string path) => File.Exists(path) && !Directory.Exists(path);

    public static SubmissionFolderContents Read(string zipPath, ArchiveLimits? limits = null, FolderLimits? folderLimits = null)
    {
        limits ??= ArchiveLimits.Default;
        folderLimits ??= FolderLimits.Default;
        FileStream stream;
        try
        {
            stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NotReadable(zipPath, e.Message);
        }
        using (stream)
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, ZipEntryNameEncoding.Instance);
            }
            catch (InvalidDataException e)
            {
                throw NotReadable(zipPath, $"it is not a ZIP archive ({e.Message})");
            }
            using (archive) return ReadEntries(archive, limits, folderLimits);
        }
    }

    private static InputException NotReadable(string path, string reason) =>
        new(new Diagnostic(new SourceLocation(path, 1, 1), null, $"the submissions archive could not be read: {reason}", DiagnosticCodes.SubmissionsArchiveUnreadable));

    private static SubmissionFolderContents ReadEntries(ZipArchive archive, ArchiveLimits limits, FolderLimits folderLimits)
    {
        var inflated = new List<(SubmissionFile File, byte[]? Bytes, string? Problem)>();
        var skipped = new List<SkippedEntry>();
        long total = 0;
        var order = 0;
        foreach (var entry in archive.Entries)
        {
            order++;
            var shown = FileNameText.Show(ZipEntryNameEncoding.NameBytes(entry.FullName));
            if (order > limits.MaxEntries)
            {
                skipped.Add(new SkippedEntry(shown, string.Create(CultureInfo.InvariantCulture, $"too-many-entries: the archive holds more than {limits.MaxEntries:N0} entries; the rest were not read")));
                break;
            }
            if (TraversalProblem(entry.FullName) is { } unsafeName)
            {
                skipped.Add(new SkippedEntry(shown, $"unsafe-name: {unsafeName}; not read"));
                continue;
            }
            var segments = entry.FullName.Split('/');
            if (entry.FullName.EndsWith('/')) continue; // a folder entry: its files are entries of their own
            if (segments.Length - 1 > folderLimits.MaxDepth)
            {
                skipped.Add(SkippedEntry.TooDeep(shown, folderLimits.MaxDepth));
                continue;
            }
            if (!SubmissionFolder.IsAnswerName(ZipEntryNameEncoding.NameBytes(segments[^1])))
            {
                skipped.Add(SkippedEntry.NotAnAnswerFile(shown));
                continue;
            }
            var file = new SubmissionFile(shown, entry.Length, DateTime.SpecifyKind(entry.LastWriteTime.DateTime, DateTimeKind.Utc)) { ArchiveOrder = order };
            if (total >= limits.MaxTotalBytes)
            {
                skipped.Add(new SkippedEntry(shown, string.Create(CultureInfo.InvariantCulture, $"archive-too-large: the answer files read so far inflate to {limits.MaxTotalBytes:N0} bytes in all; this one and the rest were not read")));
                continue;
            }
            var (bytes, problem) = Inflate(entry, limits);
            total += bytes?.Length ?? 0;
            inflated.Add((file, bytes, problem));
        }
        // Inflating is sequential (one archive stream); parsing the texts is not.
        var reads = inflated.AsParallel().AsOrdered().Select(f => f.Bytes is { } b ? SubmissionReader.Read(f.File, b) : new SubmissionRead(f.File, null, f.Problem)).ToList();
        return new SubmissionFolderContents(
            [.. reads.OrderBy(r => r.File.Name, StringComparer.Ordinal).ThenBy(r => r.File.ArchiveOrder)],
            [.. skipped.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The entry's bytes, at most one past the answer-file limit, or why they were not taken.</summary>
    private static (byte[]? Bytes, string? Problem) Inflate(ZipArchiveEntry entry, ArchiveLimits limits)
    {
        // The header's size decides nothing: a bomb states a small one. Only what inflates counts.
        if (entry.Length > SubmissionReader.MaxBytes) return ([], null); // the reader reports the size
        try
        {
            using var data = entry.Open();
            var buffer = new byte[Math.Min(entry.Length, SubmissionReader.MaxBytes) + 1];
            int length = 0, n;
            while ((n = data.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += n;
                if (length < buffer.Length) continue;
                if (buffer.Length > SubmissionReader.MaxBytes) break;
                Array.Resize(ref buffer, (int)SubmissionReader.MaxBytes + 1);
            }
            if (length > SubmissionReader.MaxBytes)
                return (null, string.Create(CultureInfo.InvariantCulture, $"zip-bomb: the entry inflates past {SubmissionReader.MaxBytes:N0} bytes although its header says {entry.Length:N0}; not read"));
            if (length > RatioFloor && length > (long)limits.MaxRatio * Math.Max(entry.CompressedLength, 1))
                return (null, string.Create(CultureInfo.InvariantCulture, $"zip-bomb: the entry inflates {length / Math.Max(entry.CompressedLength, 1):N0} times its stored size (text inflates a few times); not read"));
            if (length != entry.Length)
                return (null, string.Create(CultureInfo.InvariantCulture, $"the entry inflates to {length:N0} bytes although its header says {entry.Length:N0}; the archive is damaged; not read"));
            return (buffer.AsSpan(0, length).ToArray(), null);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return (null, $"the entry could not be inflated: {e.Message}");
        }
    }

    /// <summary>Why an entry name is unsafe to use as a path (absolute, a drive, a parent step, a NUL), or null.</summary>
    internal static string? TraversalProblem(string name)
    {
        if (name.Contains('\0')) return "the name contains a NUL byte";
        if (name.StartsWith('/') || name.StartsWith('\\')) return "the name is an absolute path";
        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':') return "the name starts with a drive letter";
        return name.Split('/', '\\').Any(s => s == "..") ? "the name climbs out of the archive with '..'" : null;
    }
}
