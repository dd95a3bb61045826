using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;

namespace DeepExam.Runs;

/// <summary>
/// <c>preview --watch</c>: typesets the exercise, then again each time its file is saved, so an author sees each edit
/// in about a second; a save that breaks the file prints its problems (as validate reports them) instead, and the
/// last good PDF stays. The PDF is replaced whole (<see cref="ExercisePreview"/> writes beside it and moves), so a
/// viewer never reads half of one. Cancelling the token (Ctrl+C) ends the watch between renders.
/// </summary>
public static class PreviewWatch
{
    /// <param name="Quiet">
    /// An editor's save is often several events (truncate, write, rename over): render once they have been quiet this long
    /// (<see cref="DefaultQuiet"/> when null).
    /// </param>
    public sealed record Request(string Template, string ExercisesFolder, string? BundledFolder, int Seed, string? OutputFile, string Root, TimeSpan? Quiet = null, bool Html = false);

    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(200);

    public static string Describe(PreviewSummary s) =>
        $"Wrote {ExerciseLibrary.DisplayPath(s.OutputFile)}: {s.TemplateId}, seed {s.Seed}, {s.Pages} page{(s.Pages == 1 ? "" : "s")} (exam, then solutions)."
        + (s.WebPages.IsDefaultOrEmpty ? "" : $" Web pages: {string.Join(", ", s.WebPages.Select(ExerciseLibrary.DisplayPath))}.");

    /// <summary>Renders once, then after every save until <paramref name="cancellation"/> is cancelled; returns normally then.</summary>
    public static void Run(Request request, TextWriter console, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(FileOf(request));
        using var saved = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(file)!, Path.GetFileName(file))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        void Saved(object? sender, FileSystemEventArgs e)
        {
            if (string.Equals(Path.GetFullPath(e.FullPath), file, StringComparison.Ordinal)) saved.Release();
        }
        watcher.Changed += Saved;
        watcher.Created += Saved;
        watcher.Renamed += (sender, e) => Saved(sender, e);
        watcher.EnableRaisingEvents = true;

        Render(request, file, console);
        console.WriteLine($"Watching {ExerciseLibrary.DisplayPath(file)}: the preview is typeset again each time it is saved. Ctrl+C stops.");
        try
        {
            while (true)
            {
                saved.Wait(cancellation);
                while (saved.Wait(request.Quiet ?? DefaultQuiet, cancellation)) { }
                Render(request, file, console);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            console.WriteLine("Stopped watching.");
        }
    }

    /// <summary>Typesets the file, or prints why it cannot; never throws for a problem of the file, which the author is still editing.</summary>
    private static void Render(Request request, string file, TextWriter console)
    {
        if (!File.Exists(file))
        {
            console.WriteLine($"{ExerciseLibrary.DisplayPath(file)} is gone; waiting for it to be saved again.");
            return;
        }
        try
        {
            console.WriteLine(Describe(ExercisePreview.Run(file, request.ExercisesFolder, request.Seed, request.OutputFile, request.Root, request.BundledFolder, request.Html)));
        }
        catch (InputException e)
        {
            foreach (var note in e.Notes) console.WriteLine($"note: {note}");
            foreach (var d in e.Diagnostics) console.WriteLine(d);
            console.WriteLine($"{e.Diagnostics.Length} problem{(e.Diagnostics.Length == 1 ? "" : "s")}; the preview was not written. Fix and save again.");
        }
        catch (IOException e)
        {
            // The editor may still hold the file, or the viewer the PDF: the next save tries again.
            console.WriteLine($"error: {e.Message}; trying again at the next save.");
        }
    }

    /// <summary>The file to watch: the path given, or the file of the id in the exercise folder, else in the bundled library.</summary>
    private static string FileOf(Request request)
    {
        if (ExercisePreview.FileOf(request.Template, request.ExercisesFolder, request.BundledFolder) is { } file) return file;
        var library = ExerciseLibrary.Open(request.ExercisesFolder, request.BundledFolder, BuiltinRegistry.Default);
        if (library.Contains(request.Template)) return library.FileOf(request.Template);
        throw new InputException(new Diagnostic(new SourceLocation(ExerciseLibrary.DisplayPath(request.ExercisesFolder), 1, 1), request.Template,
            $"no exercise with this id{Suggestions.DidYouMean(request.Template, library.Ids)}", DiagnosticCodes.UnknownExercise));
    }
}
