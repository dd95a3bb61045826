using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Exams;

/// <summary>
/// Every exercise template in a folder, loaded and checked, by id. Loading reports the problems of
/// all files at once; two files with one id are an error.
/// </summary>
public sealed class ExerciseLibrary
{
    private readonly ImmutableSortedDictionary<string, ExerciseTemplate> _templates;

    public string Folder { get; }

    private ExerciseLibrary(string folder, ImmutableSortedDictionary<string, ExerciseTemplate> templates)
    {
        Folder = folder;
        _templates = templates;
    }

    public IEnumerable<string> Ids => _templates.Keys;
    public IEnumerable<ExerciseTemplate> Templates => _templates.Values;
    public bool Contains(string id) => _templates.ContainsKey(id);
    public ExerciseTemplate this[string id] => _templates[id];

    /// <summary>Relative to the working directory when the file is below it (as an editor shows it), else absolute.</summary>
    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(file) : relative;
    }

    public static ExerciseLibrary Load(string folder, BuiltinRegistry builtins)
    {
        if (!Directory.Exists(folder))
            throw new InputException(new Diagnostic(new SourceLocation(folder, 1, 1), null, "exercise folder not found"));
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var loader = new ExerciseTemplateLoader(builtins);
        var results = new ConcurrentDictionary<string, TemplateLoadResult>(StringComparer.Ordinal);
        Parallel.ForEach(files, file => results[file] = loader.Load(file, DisplayPath(file)));

        var diagnostics = new List<Diagnostic>();
        var templates = ImmutableSortedDictionary.CreateBuilder<string, ExerciseTemplate>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = results[file];
            diagnostics.AddRange(result.Diagnostics);
            if (result.Template is not { } t) continue;
            if (templates.TryGetValue(t.Id, out var other))
                diagnostics.Add(new Diagnostic(new SourceLocation(t.File, 1, 1), t.Id, $"id '{t.Id}' is already used by {other.File}"));
            else templates[t.Id] = t;
        }
        if (diagnostics.Count > 0) throw new InputException([.. diagnostics]);
        return new ExerciseLibrary(folder, templates.ToImmutable());
    }
}
