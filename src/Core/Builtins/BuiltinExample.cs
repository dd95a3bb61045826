namespace DeepExam.Builtins;

/// <summary>
/// A worked call of a builtin and its canonical result text. Examples are documentation and tests at
/// once: docs/builtins.md lists them and a test evaluates every one.
/// </summary>
public sealed record BuiltinExample(string Expression, string Result);
