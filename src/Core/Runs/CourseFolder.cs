using System.Collections.Immutable;
using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// <c>init</c>: a new course folder from the bundled skeleton (an example exercise, a blueprint using it and two bundled
/// exercises, a roster, a README, a .gitignore for out/ and the secret) and the exercise schema the example's first line
/// names. Only a folder that does not exist or is empty is filled: init never mixes its files into someone's work.
/// The files are written into a staging folder beside the target and moved into place, so a failed init leaves nothing.
/// </summary>
public static class CourseFolder
{
    /// <summary>Skeleton files whose name in the course folder differs: a packed tool drops files whose name starts with a dot.</summary>
    private static readonly ImmutableDictionary<string, string> Renamed = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
        [KeyValuePair.Create("gitignore", ".gitignore")]);

    /// <returns>The files written, relative to the course folder, sorted.</returns>
    public static ImmutableArray<string> Create(string target, string skeleton, string schema)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
            throw new InputException(new Diagnostic(new SourceLocation(target, 1, 1), null, "is a file; init creates a course folder", DiagnosticCodes.CourseFolderIsFile));
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new InputException(new Diagnostic(new SourceLocation(target, 1, 1), null, "the folder is not empty; init creates a new course folder, so name one that does not exist yet or is empty", DiagnosticCodes.CourseFolderNotEmpty));
        if (!Directory.Exists(skeleton) || !File.Exists(schema))
            throw new EnvironmentException($"the course skeleton ({skeleton}) or the exercise schema ({schema}) is missing from this installation");

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(full))}.init-{Environment.ProcessId}");
        var written = new List<string>();
        try
        {
            foreach (var file in Directory.EnumerateFiles(skeleton, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(skeleton, file);
                var name = Renamed.GetValueOrDefault(Path.GetFileName(relative), Path.GetFileName(relative));
                relative = Path.Combine(Path.GetDirectoryName(relative)!, name);
                Copy(file, Path.Combine(staging, relative));
                written.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
            }
            // Beside exercises/, where the example's '# yaml-language-server: $schema=../exercise.schema.json' points.
            Copy(schema, Path.Combine(staging, "exercise.schema.json"));
            written.Add("exercise.schema.json");
            if (Directory.Exists(full)) Directory.Delete(full); // empty, checked above
            Directory.Move(staging, full);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return [.. written.Order(StringComparer.Ordinal)];
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        // Written anew rather than copied: the installed tool's files may carry its store's modes (executable, read-only).
        File.WriteAllBytes(to, File.ReadAllBytes(from));
    }
}
