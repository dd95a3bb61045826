namespace DeepExam.Tests.Catalogue;

/// <summary>A small valid template with one edit, and whether the loader (and so the schema) accepts the result.</summary>
public sealed record ExerciseSchemaCase(string Replace, string With, bool Accepted)
{
    public const string Template = """
        schema: 2
        id: sample
        title: Sample
        topic: Testing
        tags: [a, b]
        statement: |
          Numbers {{N}} and {{K}}.
        parameters:
          N: { int: [10, 20], step: 2 }
          K: { choice: [3, 5] }
        derived:
          out: N - K + 1
        constraints:
          - N > K
          - check: out >= 2
            message: room for two windows
        parts:
          - id: a
            prompt: What is {{N}} - {{K}} + 1?
            kind: integer
            answer: out
            points: 2
            solution: The answer is {{a}}.
            mistakes:
              - answer: out - 1
                feedback: You forgot the +1.
          - id: b
            prompt: Pick one.
            kind: choice
            points: 1
            options:
              - text: right
                correct: true
              - text: wrong
        """;

    public string Apply()
    {
        var at = Template.IndexOf(Replace, StringComparison.Ordinal);
        if (at < 0 || Template.IndexOf(Replace, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{Replace}' must occur exactly once in the template");
        return Template.Replace(Replace, With, StringComparison.Ordinal);
    }

    public override string ToString() => $"{(Accepted ? "accepts" : "rejects")} {Show(Replace)} → {Show(With)}";

    private static string Show(string yaml) => yaml.Length == 0 ? "nothing" : $"'{yaml.Trim().ReplaceLineEndings(" / ")}'";
}
