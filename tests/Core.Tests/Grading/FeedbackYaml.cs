using YamlDotNet.RepresentationModel;

namespace DeepExam.Tests.Grading;

/// <summary>
/// A student's feedback/&lt;student&gt;.yaml read back, part by part: what a grading run tells the student about each
/// part (the run itself keeps only each part's status and printed points).
/// </summary>
public static class FeedbackYaml
{
    public sealed record Part(string Key, string Result, string Verdict, string Points, string Max, string YourAnswer, string CorrectAnswer, IReadOnlyList<string> Feedback);

    /// <summary>The parts of <paramref name="student"/>'s feedback in <paramref name="gradesFolder"/>, by part key.</summary>
    public static IReadOnlyDictionary<string, Part> Parts(string gradesFolder, string student)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(gradesFolder, "feedback", student + ".yaml"))));
        var parts = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["parts"];
        return parts.Cast<YamlMappingNode>().Select(p => new Part(Scalar(p, "part"), Scalar(p, "result"), Scalar(p, "verdict"), Scalar(p, "points"), Scalar(p, "max"),
                Scalar(p, "your_answer"), Scalar(p, "correct_answer"),
                p.Children.TryGetValue("feedback", out var lines) ? [.. ((YamlSequenceNode)lines).Cast<YamlScalarNode>().Select(l => l.Value!)] : []))
            .ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[key]).Value!;
}
