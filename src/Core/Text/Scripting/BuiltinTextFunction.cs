using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>One of the solver's built-ins, called from text (<c>{{ tex (flip w) }}</c>): the same function, the same binding and messages.</summary>
public sealed class BuiltinTextFunction(BuiltinFunction function) : TextFunction
{
    public override string Name => function.Name;

    protected override object? Call(IReadOnlyList<(string? Name, Value Value)> arguments)
    {
        if (ArgumentBinder.Bind(function, arguments, out var named, out var rest) is { } problem) throw new EvaluationException(problem);
        return ScriptValues.ToScript(function.Body(new BuiltinArguments(function, named, rest)));
    }
}
