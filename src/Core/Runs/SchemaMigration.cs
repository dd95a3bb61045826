using System.Collections.Immutable;
using System.Text;
using DeepExam.Builtins;
using DeepExam.Templates.Loading;
using DeepExam.Templates.Migration;

namespace DeepExam.Runs;

/// <summary>
/// The <c>migrate</c> command's work: rewrites an instructor's schema-1 exercise files as schema 2 in
/// place (each file written whole, through a temporary file beside it and a rename), leaves schema-2
/// files alone, and loads every rewritten file to show that it reads. With <c>check</c> nothing is
/// written: it says what would change.
/// </summary>
public static class SchemaMigration
{
    public enum Outcome { Migrated, WouldMigrate, AlreadyCurrent, NotAnExercise }

    /// <summary>One file: what happened, and what its author still has to fix by hand (empty when nothing).</summary>
    public sealed record FileResult(string Path, Outcome Outcome, ImmutableArray<string> Problems);

    /// <param name="paths">Exercise files, or folders whose .yaml files are migrated.</param>
    public static ImmutableArray<FileResult> Run(IEnumerable<string> paths, bool check)
    {
        var loader = new ExerciseTemplateLoader(BuiltinRegistry.Default);
        var results = ImmutableArray.CreateBuilder<FileResult>();
        foreach (var file in Files(paths))
        {
            var yaml = File.ReadAllText(file);
            switch (TemplateMigration.SchemaOf(yaml))
            {
                case null:
                    results.Add(new(file, Outcome.NotAnExercise, []));
                    continue;
                case not 1:
                    results.Add(new(file, Outcome.AlreadyCurrent, []));
                    continue;
            }
            var (migrated, problems) = TemplateMigration.ToSchema2(yaml);
            problems.AddRange(loader.LoadText(migrated, file).Diagnostics.Select(d => d.ToString()));
            if (!check) WriteWhole(file, migrated);
            results.Add(new(file, check ? Outcome.WouldMigrate : Outcome.Migrated, [.. problems]));
        }
        return results.ToImmutable();
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (File.Exists(path)) yield return path;
            else throw new Diagnostics.InputException(new Diagnostics.Diagnostic(new Diagnostics.SourceLocation(path, 1, 1), null, "no such file or folder", Diagnostics.DiagnosticCodes.FileNotFound));
        }
    }

    // A crash mid-way must not leave half a file where the author's exercise was.
    private static void WriteWhole(string file, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, $".{Path.GetFileName(file)}.migrating-{Environment.ProcessId}");
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, file, overwrite: true);
    }
}
