using System.Text;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Finds and reads the answer files below the submissions folder, trusting nothing in it. The folder
/// itself may be reached through a link (the instructor named it); below it no link is ever followed,
/// whether it leads inside or out, so there are no loops to run round. Only regular files are read,
/// never more than the size limit, and a FIFO, socket or device is never opened in a way that can
/// block. Everything that is not read gets a report line; nothing is passed over silently. On Linux
/// the folder is read through libc (<see cref="LinuxSubmissionFolder"/>), where names are bytes that
/// need not be UTF-8; elsewhere with .NET's own file APIs (<see cref="PortableSubmissionFolder"/>).
/// </summary>
public static class SubmissionFolder
{
    public static SubmissionFolderContents Read(string folder, FolderLimits? limits = null)
    {
        limits ??= FolderLimits.Default;
        return LibC.Flags is { } flags
            ? LinuxSubmissionFolder.Read(Path.GetFullPath(folder), flags, limits)
            : PortableSubmissionFolder.Read(folder, limits);
    }

    /// <summary>An answer file is named *.yaml or *.yml, in any case (.YAML, .Yml), hidden or not.</summary>
    internal static bool IsAnswerName(ReadOnlySpan<byte> name) =>
        (name.Length >= 5 && Ascii.EqualsIgnoreCase(name[^5..], ".yaml"u8)) || (name.Length >= 4 && Ascii.EqualsIgnoreCase(name[^4..], ".yml"u8));
}
