using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// A recorded call as an explainer sees it: the arguments as the solver bound them, the result, and the
/// TeX names to write them with — the template's own names where the call was written with them.
/// </summary>
public sealed class CallExplanation
{
    private readonly Dictionary<string, Expr> _written;

    public CallExplanation(RecordedCall call, string target)
    {
        Call = call;
        Target = target;
        ArgumentBinder.Bind(call.Arguments.Function, [.. call.Call.Arguments.Select(a => (a.Name, a.Value))], out _written, out _);
    }

    public RecordedCall Call { get; }

    public BuiltinArguments Arguments => Call.Arguments;

    public Value Result => Call.Result;

    /// <summary>The TeX name of the result: the derived value it defines, or empty inside a larger expression.</summary>
    public string Target { get; }

    /// <summary>The result's name, or <paramref name="fallback"/> when it has none.</summary>
    public string ResultSymbol(string fallback) => Target.Length > 0 ? Target : fallback;

    /// <summary>The TeX name an argument was written with (<c>conv2d(M, K)</c> gives M and K), or <paramref name="fallback"/>.</summary>
    public string Symbol(string parameter, string fallback) =>
        _written.TryGetValue(parameter, out var expr) && expr is Identifier id ? TexNames.Of(id.Name) : fallback;
}
