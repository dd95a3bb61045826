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

    /// <summary>
    /// The TeX name an argument was written with (<c>conv2d(M, K)</c> gives M and K; <c>conv2d(M, K / 16)</c> gives
    /// \frac{K}{16}), or <paramref name="fallback"/> for an argument with no short written form (a list, a literal).
    /// </summary>
    public string Symbol(string parameter, string fallback)
    {
        if (!_written.TryGetValue(parameter, out var expr)) return fallback;
        if (expr is Identifier id) return TexNames.Of(id.Name);
        if (!ExpressionTex.IsArithmetic(expr)) return fallback;
        // A sum or product is bracketed, so that "the products of (a + b)" and "(W x)_1" read as one thing.
        var tex = ExpressionTex.Symbolic(expr);
        return expr is BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } ? $"({tex})" : tex;
    }
}
