using System.Text.RegularExpressions;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// docs/authoring.md promises that its YAML works: a whole template loads, a blueprint or a blueprint slot
/// loads against the bundled exercises, and every other snippet is a verbatim excerpt of the finished exercise of its
/// part of the guide (the first example's before the second example's heading, the second example's after it).
/// </summary>
public partial class AuthoringGuideTests
{
    private const string FirstExercise = "depthwise-separable-conv";
    private const string SecondExercise = "resnet-basic-block";
    private const string SecondExample = "\n## Second example: a residual block\n";

    public static IEnumerable<TestCaseData> Snippets()
    {
        var guide = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "authoring.md")).ReplaceLineEndings("\n");
        var second = guide.IndexOf(SecondExample, StringComparison.Ordinal);
        if (second < 0) throw new InvalidOperationException("docs/authoring.md has no heading '## Second example: a residual block'");
        var number = 0;
        foreach (Match m in YamlBlock().Matches(guide))
            yield return new TestCaseData(m.Groups[1].Value, m.Index > second ? SecondExercise : FirstExercise)
                .SetName($"{{m}}(snippet {++number}: {m.Groups[1].Value.Split('\n')[0].Trim()})");
    }

    [TestCaseSource(nameof(Snippets))]
    public void Every_yaml_snippet_of_the_authoring_guide_works(string snippet, string guideExercise)
    {
        if (snippet.StartsWith("# yaml-language-server:", StringComparison.Ordinal))
        {
            var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(snippet, "snippet.yaml");
            Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        }
        else if (snippet.StartsWith("  - pool:", StringComparison.Ordinal) || snippet.StartsWith("  - exercise:", StringComparison.Ordinal))
            Assert.That(() => LoadBlueprint($"schema: 1\nid: snippet\ntitle: Snippet\nexercises:\n{snippet}"), Throws.Nothing);
        else if (snippet.Contains("\nexercises:\n", StringComparison.Ordinal))
            Assert.That(() => LoadBlueprint(snippet), Throws.Nothing);
        else
        {
            var exercise = File.ReadAllText(Path.Combine(TestPaths.Repository, "exercises", guideExercise + ".yaml")).ReplaceLineEndings("\n");
            Assert.That(exercise, Does.Contain(snippet), $"not an excerpt of exercises/{guideExercise}.yaml");
        }
    }

    private static void LoadBlueprint(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"authoring-guide-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, yaml);
            BlueprintLoader.Load(path, Library.Value);
        }
        finally { File.Delete(path); }
    }

    private static readonly Lazy<ExerciseLibrary> Library = new(() =>
        ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default));

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
