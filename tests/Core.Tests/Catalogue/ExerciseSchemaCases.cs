namespace DeepExam.Tests.Catalogue;

/// <summary>
/// Edits of <see cref="ExerciseSchemaCase.Template"/> that the loader accepts (the schema must too) or rejects for
/// their structure (the schema must too). Rejections that need expressions or values (an empty range, an unknown
/// name) are the loader's alone and are not listed.
/// </summary>
public static class ExerciseSchemaCases
{
    private const string LastParameter = "  K: { choice: [3, 5] }";
    private const string PartAPoints = "    points: 2\n";
    private const string PartBKind = "    kind: choice\n";

    private static ExerciseSchemaCase Top(string replace, string with, bool accepted) => new(replace, with, accepted);

    private static ExerciseSchemaCase Parameter(string line, bool accepted) => new(LastParameter, $"{LastParameter}\n  {line}", accepted);

    private static ExerciseSchemaCase PartA(string line, bool accepted) => new(PartAPoints, $"{PartAPoints}    {line}\n", accepted);

    private static ExerciseSchemaCase PartAKind(string kindAndFields, bool accepted) => new("    kind: integer\n", $"    {kindAndFields}\n", accepted);

    private static ExerciseSchemaCase PartB(string line, bool accepted) => new(PartBKind, $"{PartBKind}    {line}\n", accepted);

    public static IEnumerable<ExerciseSchemaCase> All() =>
    [
        // Top-level keys.
        Top("schema: 1", "schema: \"1\"", true),
        Top("title: Sample", "title: 42", true),
        Top("title: Sample", "title:", true),
        Top("id: sample", "id: \"conv-2d\"", true),
        Top("tags: [a, b]", "tags: []", true),
        Top("tags: [a, b]", "tags: [1, true]", true),
        Top("parts:", "max_tries: 50\nparts:", true),
        Top("parts:", "topics: extra\nparts:", false),
        Top("title: Sample\n", "", false),
        Top("schema: 1", "schema: 2", false),
        Top("id: sample", "id: Sample_1", false),
        Top("id: sample", "id: 7up", false),
        Top("tags: [a, b]", "tags: conv", false),
        Top("parts:", "max_tries: 0\nparts:", false),
        Top("statement: |\n  Numbers {{N}} and {{K}}.", "statement: [a, b]", false),

        // Parameters: every domain form.
        Parameter("V: bool", true),
        Parameter("V: { bool: true }", true),
        Parameter("V: { bool: false }", true),
        Parameter("V: 32", true),
        Parameter("V: [1, 2]", true),
        Parameter("V: word", true),
        Parameter("V:", true),
        Parameter("V: { choice: [1/4, 0.5, word, true, [3, 3]] }", true),
        Parameter("V: { int: [1, 10], step: 3 }", true),
        Parameter("V: { int: [\"1\", 4/2] }", true),
        Parameter("V: { int: [-1e1, 1e2] }", true),
        Parameter("V: { rational: [-2, 2], denominators: [2, 4] }", true),
        Parameter("V: { rational: [-1/2, 0.5] }", true),
        Parameter("V: { vector: 4 }", true),
        Parameter("V: { vector: [4], range: [0, 9] }", true),
        Parameter("V: { matrix: [2, 3], range: [-2, 3], denominators: [1, 2] }", true),
        Parameter("V: { matrix: [2, 2], nonzero: \"true\" }", true),
        Parameter("V: { tensor: 3 }", true),
        Parameter("V: { tensor: [1, 2, 3, 4], nonzero: true }", true),
        Parameter("_v: 1", true),
        Parameter("V: { integer: [1, 5] }", false),
        Parameter("V: {}", false),
        Parameter("V: { int: [1, 5], range: [0, 1] }", false),
        Parameter("V: { int: [1, 5], choice: [1] }", false),
        Parameter("V: { int: [1] }", false),
        Parameter("V: { int: 5 }", false),
        Parameter("V: { int: [1.5, 3] }", false),
        Parameter("V: { int: [1, 5], step: 0 }", false),
        Parameter("V: { choice: [] }", false),
        Parameter("V: { choice: 3 }", false),
        Parameter("V: { choice: [{ a: 1 }] }", false),
        Parameter("V: [{ a: 1 }]", false),
        Parameter("V: { bool: yes }", false),
        Parameter("V: { rational: [0, 1], denominators: [] }", false),
        Parameter("V: { rational: [0, 1], denominators: [0] }", false),
        Parameter("V: { rational: [0, 1], denominators: [1001] }", false),
        Parameter("V: { rational: [0, 1], step: 1 }", false),
        Parameter("V: { vector: [2, 2] }", false),
        Parameter("V: { vector: 0 }", false),
        Parameter("V: { vector: 65 }", false),
        Parameter("V: { vector: 3, range: [0, x] }", false),
        Parameter("V: { matrix: 3 }", false),
        Parameter("V: { matrix: [2, 2], nonzero: 1 }", false),
        Parameter("V: { tensor: [1, 1, 1, 1, 1] }", false),
        Parameter("max: { int: [1, 5] }", false),
        Parameter("not: 1", false),
        Parameter("1x: 1", false),

        // Derived values and constraints.
        Top("  out: N - K + 1", "  out: N - K + 1\n  pair: \"[N, K]\"\n  seven: 7\n  yes_: true", true),
        Top("  out: N - K + 1", "  out: N - K + 1\n  pair: [N, K]", false),
        Top("  out: N - K + 1", "  out: N - K + 1\n  blank:", false),
        Top("  out: N - K + 1", "  out: N - K + 1\n  sum: N + K", false),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1, tex: \"n_{out}\" }", true),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1 }", true),
        Top("  out: N - K + 1", "  out: { tex: \"n_{out}\" }", false),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1, name: n }", false),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1, tex: \"$n$\" }", false),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1, tex: \" \" }", false),
        Top("  out: N - K + 1", "  out: { expr: N - K + 1, tex: [n] }", false),
        Top("  - N > K", "  - true", true),
        Top("    message: room for two windows\n", "", true),
        Top("    message: room for two windows", "    message: room for two windows\n    purpose: distinguish", true),
        Top("    message: room for two windows", "    message: room for two windows\n    purpose: valid", true),
        Top("    message: room for two windows", "    message: room for two windows\n    purpose: distinguishes", false),
        Top("    message: room for two windows", "    message: room for two windows\n    purpose: true", false),
        Top("    message: room for two windows", "    msg: room for two windows", false),
        Top("  - check: out >= 2\n    message: room for two windows", "  - message: room for two windows", false),
        Top("  - N > K", "  - [N, K]", false),

        // Parts.
        PartA("carry_forward: 1/2", true),
        PartA("carry_forward: 0", true),
        PartA("order: []", true),
        PartA("shuffle: false", true),
        PartA("tolerance: { absolute: 1/200 }", true),
        PartAKind("kind: exact\n    digits: 3", true),
        PartAKind("kind: approx\n    tolerance: { sigfigs: 3 }", true),
        PartAKind("kind: approx\n    tolerance: { relative: 0.01 }", true),
        PartAKind("kind: tuple\n    order: [H, W]", true),
        Top("    answer: out\n", "    answer: 7\n", true),
        Top("    points: 2", "    points: 1/2", true),
        Top("    points: 2", "    points: \"3\"", true),
        Top("    points: 2", "    points: 0.25", true),
        Top("    mistakes:\n      - answer: out - 1\n        feedback: You forgot the +1.\n", "    mistakes: []\n", true),
        Top("        correct: true", "        correct: \"N > K\"", true),
        Top("    prompt: What is {{N}} - {{K}} + 1?", "    prompt:", true),
        PartAKind("kind: integr", false),
        PartAKind("kind: Integer", false),
        Top("    answer: out\n", "", false),
        Top("    answer: out\n", "    answer: [N, K]\n", false),
        Top("    answer: out\n", "    answer:\n", false),
        PartA("options: [{ text: x }, { text: y }]", false),
        PartA("digits: 3", false),
        PartA("order: [H]", false),
        PartA("carry_forward: 2", false),
        PartA("tolerance: 0.01", false),
        PartA("tolerance: { relative: 0.01, absolute: 0.1 }", false),
        PartA("tolerance: { rel: 0.01 }", false),
        PartA("tolerance: { relative: 0 }", false),
        PartA("tolerance: { sigfigs: 16 }", false),
        PartA("shuffle: maybe", false),
        PartA("hint: think", false),
        PartAKind("kind: exact\n    digits: 13", false),
        Top("    points: 2", "    points: 0", false),
        Top("    points: 2", "    points: -1", false),
        Top("    points: 2\n", "", false),
        Top("  - id: a", "  - id: 1a", false),
        Top("    prompt: What is {{N}} - {{K}} + 1?", "    promt: What is {{N}} - {{K}} + 1?", false),
        Top("        feedback: You forgot the +1.", "        hint: You forgot the +1.", false),
        Top("        feedback: You forgot the +1.\n", "", false),
        PartB("answer: 1", false),
        Top("        correct: true\n      - text: wrong", "        correct: true", false),
        Top("      - text: wrong", "      - text: wrong\n        correctt: false", false),
        Top("    options:\n      - text: right\n        correct: true\n      - text: wrong", "", false),
    ];
}
