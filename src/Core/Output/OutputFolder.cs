using System.Text;
using DeepExam.Diagnostics;

namespace DeepExam.Output;

/// <summary>
/// A results folder written as a whole or not at all: files go to a hidden staging folder beside the
/// target, and <see cref="Commit"/> swaps it in with renames. A failed run leaves nothing behind, and
/// an earlier result is replaced only when the caller says so (--force).
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private bool _committed;

    // Thousands of files go into a handful of folders; asking the file system for each folder once is enough.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    public string Target { get; }
    public string Staging { get; }
    public bool Replaces { get; }

    private OutputFolder(string target, string staging, bool replaces)
    {
        Target = target;
        Staging = staging;
        Replaces = replaces;
    }

    /// <param name="inputs">Input files and folders: the target may neither hold nor lie inside any of them.</param>
    public static OutputFolder Create(string target, bool force, IEnumerable<string> inputs)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var input in inputs.Select(Path.GetFullPath))
        {
            if (IsInside(input, target) || (Directory.Exists(input) && IsInside(target, input)))
                throw new InputException(new Diagnostic(new SourceLocation(target, 1, 1), null,
                    $"the output folder overlaps the input {input}; choose an output folder outside the inputs"));
        }
        var exists = Directory.Exists(target) || File.Exists(target);
        if (exists && !force)
            throw new InputException(new Diagnostic(new SourceLocation(target, 1, 1), null,
                "the output folder already exists; pass --force to replace it, or choose another --out"));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(target, staging, exists);
    }

    private static bool IsInside(string path, string folder) =>
        path.Equals(folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Writes a file (UTF-8, no BOM) under the staging folder; <paramref name="relativePath"/> uses '/'.</summary>
    public void WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        EnsureFolder(path);
        File.WriteAllText(path, content, Utf8);
    }

    public StreamWriter OpenText(string relativePath)
    {
        var path = PathOf(relativePath);
        EnsureFolder(path);
        return new StreamWriter(path, append: false, Utf8);
    }

    public FileStream OpenWrite(string relativePath)
    {
        var path = PathOf(relativePath);
        EnsureFolder(path);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    private void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    public void CreateFolder(string relativePath) => Directory.CreateDirectory(PathOf(relativePath));

    private string PathOf(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Staging, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!IsInside(path, Staging)) throw new InvalidOperationException($"'{relativePath}' would leave the output folder");
        return path;
    }

    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target) || File.Exists(Target))
        {
            old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Guid.NewGuid():N}");
            Directory.Move(Target, old);
        }
        Directory.Move(Staging, Target);
        _committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
