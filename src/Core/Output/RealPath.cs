namespace DeepExam.Output;

/// <summary>
/// Where a path really leads: every symbolic link on the way resolved, the last component included,
/// as the kernel would follow them. The part that does not exist yet is appended as written, since
/// nothing on it can be a link. Two paths that reach the same folder through different links resolve
/// to the same string, which is what the output folder's overlap check needs: comparing paths as
/// typed let <c>--submissions /link/handed-in --out /real --force</c> delete the submissions.
/// </summary>
public static class RealPath
{
    // The kernel gives up after 40 links on one lookup; so does this.
    private const int MaxLinks = 40;

    /// <summary>
    /// The real path of <paramref name="path"/>. Relative paths and <c>..</c> are first made absolute the
    /// way .NET's file functions do (lexically, against the current folder), because that is the path
    /// every later file operation of this program will use.
    /// </summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var links = 0;
        return Walk(Path.GetPathRoot(full)!, Components(full[Path.GetPathRoot(full)!.Length..]), ref links);
    }

    private static string Walk(string current, Queue<string> rest, ref int links)
    {
        while (rest.Count > 0)
        {
            var name = rest.Dequeue();
            if (name is "" or ".") continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, name);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                if (File.Exists(next) || Directory.Exists(next))
                {
                    current = next;
                    continue;
                }
                // Nothing below a missing entry exists either: the rest is appended as written.
                var tail = new List<string> { name };
                foreach (var c in rest)
                    if (c == ".." && tail.Count > 0) tail.RemoveAt(tail.Count - 1);
                    else if (c is not ("" or "." or "..")) tail.Add(c);
                return Path.Combine([current, .. tail]);
            }
            if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links at {next}");
            // A link's target continues the walk: from the root when absolute, else from the link's folder.
            var start = Path.IsPathRooted(target) ? Path.GetPathRoot(target)! : current;
            var queue = Components(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target);
            foreach (var r in rest) queue.Enqueue(r);
            rest = queue;
            current = start;
        }
        return current;
    }

    private static Queue<string> Components(string relative) =>
        new(relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]));

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path.Equals(folder, StringComparison.Ordinal) || path.Equals(f, StringComparison.Ordinal)
            || path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
