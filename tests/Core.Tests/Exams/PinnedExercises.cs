using DeepExam.Builtins;
using DeepExam.Exams;

namespace DeepExam.Tests.Exams;

/// <summary>
/// A small exercise folder for pinning tests, written once to a temporary folder: 'pins' has a parameter of
/// every domain type but records, 'other' is a second exercise for pools, 'records' draws a record and a bank. Blueprints are written next to it.
/// </summary>
internal sealed class PinnedExercises : IDisposable
{
    public const string PinsTemplate = """
        schema: 2
        id: pins
        title: Every kind of parameter
        parameters:
          N: { int: [20, 64] }
          K: { choice: [3, 5] }
          S: { choice: [2, 3] }
          r: { rational: [0, 2], denominators: [2] }
          X: { matrix: [2, 2], range: [0, 3] }
          cfg: { choice: [A, B] }
          flag: bool
          ks: { choice: [[3, 2], [2, 1]] }
          lr: { choice: [1/2, 1/4] }
        derived:
          out: conv_out(N, K, stride=S)
        constraints:
          - check: K <= N
          - check: out >= 3
            message: at least three positions
          - check: sum(X) > 0 or N > 30
        parts:
          - { id: a, prompt: x, kind: integer, answer: out, points: 1 }
          - { id: b, prompt: x, kind: exact, answer: r + lr, points: 1 }
          - { id: c, prompt: x, kind: matrix, answer: X, points: 1 }
        """;

    private const string OtherTemplate = """
        schema: 2
        id: other
        title: Another exercise
        parameters:
          a: { int: [1, 1000] }
        parts:
          - { id: v, prompt: x, kind: integer, answer: a, points: 1 }
        """;

    private const string RecordsTemplate = """
        schema: 2
        id: records
        title: A drawn record and a bank
        parameters:
          st: { choice: [{ text: a, truth: true }, { text: b, truth: false }] }
          bk: { sample: 2, from: [{ n: 1 }, { n: 2 }, { n: 3 }] }
        parts:
          - { id: v, prompt: x, kind: bool, answer: st.truth, points: 1 }
        """;

    public string Folder { get; } = Directory.CreateTempSubdirectory("deepexam-pins-").FullName;
    public ExerciseLibrary Library { get; }

    public PinnedExercises()
    {
        var exercises = Path.Combine(Folder, "exercises");
        Directory.CreateDirectory(exercises);
        File.WriteAllText(Path.Combine(exercises, "pins.yaml"), PinsTemplate);
        File.WriteAllText(Path.Combine(exercises, "other.yaml"), OtherTemplate);
        File.WriteAllText(Path.Combine(exercises, "records.yaml"), RecordsTemplate);
        Library = ExerciseLibrary.Load(exercises, BuiltinRegistry.Default);
    }

    /// <summary>Writes a blueprint with these slot lines (indented under 'exercises:') and returns its path.</summary>
    public string Blueprint(string name, string slots)
    {
        var path = Path.Combine(Folder, name + ".yaml");
        File.WriteAllText(path, $"schema: 1\nid: {name}\ntitle: T\nexercises:\n{slots}");
        return path;
    }

    public ExamBlueprint Load(string name, string slots) => BlueprintLoader.Load(Blueprint(name, slots), Library);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
