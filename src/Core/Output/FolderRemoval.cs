using System.Runtime.InteropServices;

namespace DeepExam.Output;

/// <summary>
/// Removing a results folder the program wrote (never an input: the callers check that first).
/// Links inside are removed, never followed (.NET's recursive delete unlinks them).
/// </summary>
public static class FolderRemoval
{
    /// <summary>
    /// The first folder in the tree that this process may not empty (on Unix: no write or search
    /// permission), or null when all of it can be removed. Checked before a run replaces earlier
    /// results, so a read-only folder is refused up front instead of failing after the new results
    /// are already in place. Only folders are visited: removing a file needs its folder's permission.
    /// </summary>
    public static string? FirstUnremovable(string folder)
    {
        if (OperatingSystem.IsWindows()) return null;
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (access(current, WriteOk | ExecuteOk) != 0) return current;
            try
            {
                foreach (var sub in Directory.EnumerateDirectories(current))
                    if (new DirectoryInfo(sub).LinkTarget is null) pending.Push(sub);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return current;
            }
        }
        return null;
    }

    /// <summary>Removes the tree; <paramref name="afterFirstEntry"/> runs once its first entry is gone (the tests' failpoint).</summary>
    public static void Remove(string folder, Action? afterFirstEntry = null)
    {
        var first = true;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is null && Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
            if (first) afterFirstEntry?.Invoke();
            first = false;
        }
        Directory.Delete(folder, recursive: true);
    }

    private const int WriteOk = 2, ExecuteOk = 1;

    [DllImport("libc", SetLastError = true)]
    private static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
