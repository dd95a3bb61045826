using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Exams;

namespace DeepExam.Output;

/// <summary>
/// Grading's guard against a changed template: the variants are recomputed from the templates as they are now, so a
/// template edited (or a tool updated) since generation would grade students against questions they never saw.
/// </summary>
public static class ExerciseVersionCheck
{
    /// <summary>
    /// Compares the versions recorded in <paramref name="keysFolder"/> with the library's; a mismatch throws, naming each
    /// changed template and how to grade against the version used. Returns the notes to print: none when all match,
    /// one when the folder predates the record (graded as before, unchecked).
    /// </summary>
    public static ImmutableArray<string> Run(string keysFolder, ExamBlueprint blueprint, ExerciseLibrary library)
    {
        if (!Directory.Exists(keysFolder))
            throw new InputException(new Diagnostic(new SourceLocation(keysFolder, 1, 1), blueprint.Id, "keys folder not found: pass the folder generate wrote for this exam", DiagnosticCodes.KeysFolderNotFound));
        var file = Path.Combine(keysFolder, ExerciseVersionsFile.Name);
        if (!File.Exists(file))
            return [$"{ExerciseLibrary.DisplayPath(keysFolder)} has no {ExerciseVersionsFile.Name} (generated before template versions were recorded): graded as before, without checking that the templates are unchanged"];
        var (examId, recorded) = ExerciseVersionsFile.Read(file);
        var shown = ExerciseLibrary.DisplayPath(file);
        if (examId != blueprint.Id)
            throw new InputException(new Diagnostic(new SourceLocation(shown, 1, 1), blueprint.Id, $"these keys are of exam '{examId}', not of '{blueprint.Id}'", DiagnosticCodes.KeysOfAnotherExam));
        var current = ExerciseVersions.Of(blueprint, library).ToDictionary(v => v.Id, StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var was in recorded)
        {
            if (!current.TryGetValue(was.Id, out var now))
                problems.Add(new Diagnostic(new SourceLocation(shown, 1, 1), was.Id, "the exam was generated with this exercise, which the blueprint no longer uses", DiagnosticCodes.ExerciseNoLongerUsed));
            else if (now.Sha256 != was.Sha256)
                problems.Add(new Diagnostic(new SourceLocation(ExerciseLibrary.DisplayPath(library.FileOf(was.Id)), 1, 1), was.Id,
                    $"this template has changed since the exam was generated (sha256 {Short(was.Sha256)} then, {Short(now.Sha256)} now), so the variants would change: "
                    + $"grade with --exercises pointing at a folder holding the {(was.Bundled ? "bundled" : "course")} version used"
                    + (was.Bundled ? " (the tool version that generated the exam has it in its bundled/exercises folder: install it with dotnet tool install DeepExam --version <that version> --tool-path <folder>)" : " (e.g. the course folder's exercises/ as it was then, from version control)"), DiagnosticCodes.TemplateChanged));
        }
        foreach (var id in current.Keys.Where(id => !recorded.Any(r => r.Id == id)).Order(StringComparer.Ordinal))
            problems.Add(new Diagnostic(new SourceLocation(ExerciseLibrary.DisplayPath(blueprint.File), 1, 1), id, $"the blueprint uses this exercise, but the exam was not generated with it ({shown})", DiagnosticCodes.ExerciseNotGenerated));
        if (problems.Count > 0) throw new InputException([.. problems]);
        return [];
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
