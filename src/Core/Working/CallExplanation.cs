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

    private readonly SymbolNames _names;

    public CallExplanation(RecordedCall call, string target, SymbolNames? names = null)
    {
        Call = call;
        Target = target;
        _names = names ?? SymbolNames.Plain;
        ArgumentBinder.Bind(call.Arguments.Function, [.. call.Call.Arguments.Select(a => (a.Name, a.Value))], out _written, out _);
    }

    public RecordedCall Call { get; }

    public BuiltinArguments Arguments => Call.Arguments;

    public Value Result => Call.Result;

    /// <summary>The TeX name of the result: the derived value it defines, or empty inside a larger expression.</summary>
    public string Target { get; }

    /// <summary>The result's name, or <paramref name="fallback"/> when it has none.</summary>
    public string ResultSymbol(string fallback) => Target.Length > 0 ? Target : fallback;

    /// <summary>
    /// How the call wrote an argument, in TeX: a name as the template's TeX name for it (<c>conv2d(M, K)</c> gives M
    /// and K, or the <c>tex</c> the author gave a derived value), anything else as the expression itself
    /// (<c>conv2d(M, K / 16)</c> gives \frac{K}{16}, <c>conv2d(M, flip(K))</c> \operatorname{flip}(K)), so that no
    /// argument is shown under a name the template does not give it. <paramref name="fallback"/> is for a parameter
    /// the call left to its default, which has no written form.
    /// </summary>
    public string Symbol(string parameter, string fallback)
    {
        if (!_written.TryGetValue(parameter, out var expr)) return fallback;
        if (expr is Identifier id) return _names[id.Name];
        // A sum or product is bracketed, so that "the products of (a + b)" and "(W x)_1" read as one thing.
        var tex = ExpressionTex.Written(expr, _names);
        return expr is BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } ? $"({tex})" : tex;
    }
}
