using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Exams;

/// <summary>
/// The exercise templates of a folder, by id (each file is named after its template's id). An exam
/// opens the library and loads only the templates it uses (<see cref="Require"/>); validation loads
/// them all (<see cref="Load"/>). Either way the problems of all the files loaded together are
/// reported at once, and a template is read and checked once however often it is asked for.
/// </summary>
public sealed class ExerciseLibrary
{
    // Every student's exam looks its templates up: a frozen map for that, the sorted ids for listing.
    private readonly System.Collections.Frozen.FrozenDictionary<string, string> _files;
    private readonly ImmutableArray<string> _ids;
    private readonly ExerciseTemplateLoader _loader;
    private readonly ConcurrentDictionary<string, Lazy<TemplateLoadResult>> _loaded = new(StringComparer.Ordinal);

    public string Folder { get; }

    private ExerciseLibrary(string folder, ImmutableSortedDictionary<string, string> files, ExerciseTemplateLoader loader)
    {
        Folder = folder;
        _files = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(files, StringComparer.Ordinal);
        _ids = [.. files.Keys];
        _loader = loader;
    }

    public IEnumerable<string> Ids => _ids;
    public bool Contains(string id) => _files.ContainsKey(id);

    /// <summary>Every template, loaded (see <see cref="Load"/> to have all problems reported at once).</summary>
    public IEnumerable<ExerciseTemplate> Templates => _ids.Select(id => this[id]);

    /// <summary>The template with this id, loaded on first use; its problems throw.</summary>
    public ExerciseTemplate this[string id]
    {
        get
        {
            var result = Result(id);
            return result.Template ?? throw new InputException(result.Diagnostics);
        }
    }

    /// <summary>Relative to the working directory when the file is below it (as an editor shows it), else absolute.</summary>
    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(file) : relative;
    }

    /// <summary>Finds the folder's template files without reading them; two files with one name are an error.</summary>
    public static ExerciseLibrary Open(string folder, BuiltinRegistry builtins)
    {
        if (!Directory.Exists(folder))
            throw new InputException(new Diagnostic(new SourceLocation(folder, 1, 1), null, "exercise folder not found"));
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
                     .Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (files.TryGetValue(id, out var other))
                diagnostics.Add(new Diagnostic(new SourceLocation(DisplayPath(file), 1, 1), id, $"id '{id}' is already used by {DisplayPath(other)}"));
            else files[id] = file;
        }
        if (diagnostics.Count > 0) throw new InputException([.. diagnostics]);
        return new ExerciseLibrary(folder, files.ToImmutable(), new ExerciseTemplateLoader(builtins));
    }

    /// <summary>Opens the folder and loads every template in it, reporting all their problems at once.</summary>
    public static ExerciseLibrary Load(string folder, BuiltinRegistry builtins)
    {
        var library = Open(folder, builtins);
        library.Require(library.Ids);
        return library;
    }

    /// <summary>Loads the named templates (in parallel) and reports all their problems at once; unknown ids are the caller's to report.</summary>
    public void Require(IEnumerable<string> ids)
    {
        var known = ids.Where(Contains).Distinct(StringComparer.Ordinal).ToList();
        Parallel.ForEach(known, id => Result(id));
        var diagnostics = known.Order(StringComparer.Ordinal).SelectMany(id => Result(id).Diagnostics).ToImmutableArray();
        if (diagnostics.Length > 0) throw new InputException(diagnostics);
    }

    private TemplateLoadResult Result(string id)
    {
        var file = _files.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"no exercise with id '{id}' in {Folder}");
        return _loaded.GetOrAdd(id, _ => new Lazy<TemplateLoadResult>(() => _loader.Load(file, DisplayPath(file), expectedId: id))).Value;
    }
}
