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
/// A course folder can be opened over the bundled library (<see cref="Open(string, string?, BuiltinRegistry)"/>):
/// an id is looked up in the course folder first, so a local exercise shadows a bundled one of the same id.
/// </summary>
public sealed class ExerciseLibrary
{
    // Every student's exam looks its templates up: a frozen map for that, the sorted ids for listing.
    private readonly System.Collections.Frozen.FrozenDictionary<string, string> _files;
    private readonly ImmutableArray<string> _ids;
    private readonly ExerciseTemplateLoader _loader;
    private readonly ConcurrentDictionary<string, Lazy<TemplateLoadResult>> _loaded = new(StringComparer.Ordinal);

    public string Folder { get; }

    /// <summary>The bundled library behind <see cref="Folder"/>, or null when there is none (or it is the same folder).</summary>
    public string? BundledFolder { get; }

    /// <summary>Ids found in both folders, sorted: the course folder's template is the one used.</summary>
    public ImmutableArray<string> Shadowed { get; }

    // The ids whose template is a bundled one, and those of them added from behind the folder (not in it).
    private readonly System.Collections.Frozen.FrozenSet<string> _bundled, _behind;

    private ExerciseLibrary(string folder, ImmutableSortedDictionary<string, string> files, ExerciseTemplateLoader loader,
        string? bundledFolder = null, IEnumerable<string>? bundledIds = null, IEnumerable<string>? behindIds = null, ImmutableArray<string> shadowed = default)
    {
        Folder = folder;
        BundledFolder = bundledFolder;
        _bundled = System.Collections.Frozen.FrozenSet.ToFrozenSet(bundledIds ?? [], StringComparer.Ordinal);
        _behind = System.Collections.Frozen.FrozenSet.ToFrozenSet(behindIds ?? [], StringComparer.Ordinal);
        Shadowed = shadowed.IsDefault ? [] : shadowed;
        _files = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(files, StringComparer.Ordinal);
        _ids = [.. files.Keys];
        _loader = loader;
    }

    public IEnumerable<string> Ids => _ids;
    public bool Contains(string id) => _files.ContainsKey(id);

    /// <summary>One note naming the course exercises used instead of bundled ones of the same id; none when nothing is shadowed.</summary>
    public ImmutableArray<string> ShadowNotes => Shadowed.IsEmpty ? []
        : [$"{Listed(Shadowed.Select(id => DisplayPath(FileOf(id))).ToList())} shadow{(Shadowed.Length == 1 ? "s the bundled exercise" : " the bundled exercises")} of the same id"];

    // A copy of the whole bundled library (a checkout's exercises/) would name every file: five say enough.
    private static string Listed(List<string> files) =>
        files.Count <= 5 ? string.Join(", ", files) : $"{string.Join(", ", files.Take(5))} and {files.Count - 5} more";

    /// <summary>The ids of the folder itself, without those the bundled library adds behind it.</summary>
    public IEnumerable<string> OwnIds => _ids.Where(id => !_behind.Contains(id));

    /// <summary>Whether the template of this id comes from the bundled library (behind the folder, or the folder being the bundled library).</summary>
    public bool IsBundled(string id) => _bundled.Contains(id);

    /// <summary>The file the template of this id is read from.</summary>
    public string FileOf(string id) => _files.TryGetValue(id, out var f) ? f : throw new KeyNotFoundException($"no exercise with id '{id}' in {Folder}");

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
        var files = Files(folder);
        return new ExerciseLibrary(folder, files, new ExerciseTemplateLoader(builtins));
    }

    /// <summary>
    /// A course folder over the bundled library: the course folder's templates, then every bundled one whose id
    /// the course folder does not have. With no bundled folder, or the course folder being it, this is <see cref="Open(string, BuiltinRegistry)"/>.
    /// </summary>
    public static ExerciseLibrary Open(string folder, string? bundledFolder, BuiltinRegistry builtins)
    {
        if (bundledFolder is null || !Directory.Exists(bundledFolder)) return Open(folder, builtins);
        if (SameFolder(folder, bundledFolder))
        {
            var all = Files(folder);
            return new ExerciseLibrary(folder, all, new ExerciseTemplateLoader(builtins), bundledIds: all.Keys);
        }
        var own = Files(folder);
        var bundled = Files(bundledFolder);
        var merged = own.ToBuilder();
        var added = new List<string>();
        foreach (var (id, file) in bundled)
            if (merged.TryAdd(id, file)) added.Add(id);
        var shadowed = own.Keys.Where(bundled.ContainsKey).ToImmutableArray();
        return new ExerciseLibrary(folder, merged.ToImmutable(), new ExerciseTemplateLoader(builtins), bundledFolder, added, added, shadowed);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static ImmutableSortedDictionary<string, string> Files(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InputException(new Diagnostic(new SourceLocation(folder, 1, 1), null, "exercise folder not found", DiagnosticCodes.ExerciseFolderNotFound));
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
                     .Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (files.TryGetValue(id, out var other))
                diagnostics.Add(new Diagnostic(new SourceLocation(DisplayPath(file), 1, 1), id, $"id '{id}' is already used by {DisplayPath(other)}", DiagnosticCodes.ExerciseIdTwice));
            else files[id] = file;
        }
        if (diagnostics.Count > 0) throw new InputException([.. diagnostics]);
        return files.ToImmutable();
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
        var file = FileOf(id);
        return _loaded.GetOrAdd(id, _ => new Lazy<TemplateLoadResult>(() => _loader.Load(file, DisplayPath(file), expectedId: id))).Value;
    }
}
