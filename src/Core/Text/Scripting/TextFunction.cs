using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DeepExam.Text.Scripting;

/// <summary>
/// A function text can call, in the text language's calling convention: <c>{{ f a b name: c }}</c>
/// arrives as its positional arguments and its named ones, which the function binds itself, so a call
/// from text is checked and worded exactly as a call from an expression is.
/// </summary>
public abstract class TextFunction : IScriptCustomFunction
{
    public abstract string Name { get; }

    /// <summary>Calls the function; an <see cref="Evaluation.EvaluationException"/> becomes an error at the call in the text.</summary>
    protected abstract object? Call(IReadOnlyList<(string? Name, Values.Value Value)> arguments);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var args = new List<(string?, Values.Value)>(arguments.Count);
        foreach (var a in arguments) args.Add((null, ScriptValues.ToValue(a)));
        foreach (var name in arguments.GetMembers())
        {
            // Every list of the text language carries its length as a member; named arguments are the others.
            if (name == "size") continue;
            ((IScriptObject)arguments).TryGetValue(context, callerContext?.Span ?? default, name, out var value);
            args.Add((name, ScriptValues.ToValue(value)));
        }
        try
        {
            return Call(args);
        }
        catch (Evaluation.EvaluationException e)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;
    public int ParameterCount => 0;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arguments");
}
