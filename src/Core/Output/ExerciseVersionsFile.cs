using System.Collections.Immutable;
using System.Text;
using DeepExam.Diagnostics;
using DeepExam.Templates.Loading;

namespace DeepExam.Output;

/// <summary>
/// <c>exercise-versions.yaml</c>, written by generation beside the keys: which template versions the exam's variants
/// were drawn from. It holds no paths or dates, so the same exam still gives byte-identical files on any machine.
/// </summary>
public static class ExerciseVersionsFile
{
    public const string Name = "exercise-versions.yaml";

    public static string Write(string examId, IEnumerable<ExerciseVersion> versions)
    {
        var y = new StringBuilder();
        y.Append("# The exercise templates this exam's variants were drawn from, with the SHA-256 of each file.\n");
        y.Append("# grade --keys <this folder> recomputes them and refuses to grade against a template that has changed since.\n");
        y.Append("exam: ").Append(YamlText.Quote(examId)).Append('\n');
        y.Append("exercises:\n");
        foreach (var v in versions)
        {
            y.Append("  - id: ").Append(YamlText.Quote(v.Id)).Append('\n');
            y.Append("    sha256: ").Append(YamlText.Quote(v.Sha256)).Append('\n');
            y.Append("    from: ").Append(v.Bundled ? "bundled" : "course").Append('\n');
        }
        return y.ToString();
    }

    /// <summary>The recorded exam id and versions; every problem of the file is reported at once, with its place.</summary>
    public static (string ExamId, ImmutableArray<ExerciseVersion> Versions) Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var versions = ImmutableArray.CreateBuilder<ExerciseVersion>();
        var examId = "";
        if (YamlMap.From(path, YamlSource.Load(path, path, diagnostics), diagnostics, "a list of exercise versions") is { } map)
        {
            examId = map.String("exam", required: true) ?? "";
            foreach (var node in map.Sequence("exercises", required: true) ?? [])
            {
                if (YamlMap.From(path, node, diagnostics, "an exercise version") is not { } entry) continue;
                var id = entry.String("id", required: true);
                var sha = entry.String("sha256", required: true);
                var from = entry.String("from", required: true);
                if (from is not (null or "bundled" or "course")) diagnostics.Error(entry.LocationOf("from"), $"'from' is 'bundled' or 'course', not '{from}'", DiagnosticCodes.UnknownExerciseSource);
                if (id is not null && sha is not null) versions.Add(new ExerciseVersion(id, sha, from == "bundled"));
            }
        }
        if (diagnostics.HasErrors) throw new InputException(diagnostics.ToImmutable());
        return (examId, versions.ToImmutable());
    }
}
