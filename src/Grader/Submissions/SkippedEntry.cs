namespace DeepExam.Grading.Submissions;

/// <summary>
/// Something in the submissions folder that was not read as an answer file, and why: a line in the
/// report. Each kind of thing opens its problem with one fixed phrase the instructor can filter on.
/// </summary>
public sealed record SkippedEntry(string Name, string Problem)
{
    internal static SkippedEntry NotAnAnswerFile(string name) => new(name, "not an answer file (answer files end in .yaml); skipped");

    internal static SkippedEntry SymbolicLink(string name, string? target) =>
        new(name, target is null ? "symlink-not-followed: a symbolic link; links are never followed" : $"symlink-not-followed: a symbolic link to {target}; links are never followed");

    internal static SkippedEntry NotARegularFile(string name, LibC.FileType type) => new(name, "not-a-regular-file: " + type switch
    {
        LibC.FileType.Fifo => "a named pipe (FIFO); not read",
        LibC.FileType.Socket => "a socket; not read",
        LibC.FileType.CharacterDevice => "a character device; not read",
        LibC.FileType.BlockDevice => "a block device; not read",
        _ => "not read",
    });

    internal static SkippedEntry FolderNotReadable(string name, string reason) => new(name, $"folder-not-read: {reason}; nothing in it was read");

    internal static SkippedEntry FolderIncomplete(string name, string reason) => new(name, $"folder-not-read: reading it stopped part-way ({reason})");

    internal static SkippedEntry TooDeep(string name, int depth) => new(name, $"too-deep: folders nested more than {depth} levels deep are not read");

    internal static SkippedEntry TooManyEntries(string name, int entries) => new(name, $"too-many-entries: the submissions folder holds more than {entries:N0} files and folders; the rest were not read");

    internal static SkippedEntry Unexaminable(string name, string reason) => new(name, $"could-not-examine: {reason}");
}
