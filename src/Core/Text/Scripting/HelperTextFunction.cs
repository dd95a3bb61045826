using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>
/// A formatting helper of text: turns a value into TeX or grouped digits (<c>{{ tex w }}</c>,
/// <c>{{ group n }}</c>, <c>{{ dec x 3 }}</c>). Positional arguments only.
/// </summary>
public sealed class HelperTextFunction(string name, int required, int optional, Func<IReadOnlyList<Value>, string> format) : TextFunction
{
    public override string Name => name;

    protected override object? Call(IReadOnlyList<(string? Name, Value Value)> arguments)
    {
        if (arguments.FirstOrDefault(a => a.Name is not null) is { Name: { } named })
            throw new EvaluationException($"{name} takes no named arguments, got '{named}'");
        if (arguments.Count < required || arguments.Count > required + optional)
            throw new EvaluationException($"{name} takes {(optional == 0 ? $"{required}" : $"{required} or {required + optional}")} argument{(required + optional == 1 ? "" : "s")}, got {arguments.Count}");
        return format([.. arguments.Select(a => a.Value)]);
    }
}
