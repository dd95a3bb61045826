using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions;

/// <summary>
/// Static checks before any variant is sampled: every name is defined, every function exists and is
/// called with arguments it accepts. Type errors need values and are found by sampling.
/// </summary>
public static class ExpressionChecker
{
    public static List<ExpressionDiagnostic> Check(Expr root, IReadOnlyCollection<string> names, BuiltinRegistry builtins)
    {
        var diagnostics = new List<ExpressionDiagnostic>();
        Visit(root);
        return diagnostics;

        void Visit(Expr expr)
        {
            switch (expr)
            {
                case Identifier id when !names.Contains(id.Name):
                    var hint = builtins.TryGet(id.Name, out _) ? $" ('{id.Name}' is a function: call it as {id.Name}(...))" : Suggestions.DidYouMean(id.Name, names);
                    diagnostics.Add(new(id.Span, $"unknown name '{id.Name}'{hint}", DiagnosticCodes.UnknownName));
                    break;
                case UnaryExpr u: Visit(u.Operand); break;
                case BinaryExpr b: Visit(b.Left); Visit(b.Right); break;
                case ConditionalExpr c: Visit(c.Condition); Visit(c.Then); Visit(c.Otherwise); break;
                case ListExpr l: foreach (var i in l.Items) Visit(i); break;
                case IndexExpr ix: Visit(ix.Target); foreach (var i in ix.Indices) Visit(i); break;
                case SliceExpr s:
                    if (s.Start is not null) Visit(s.Start);
                    if (s.Stop is not null) Visit(s.Stop);
                    if (s.Step is not null) Visit(s.Step);
                    break;
                case MemberExpr m: Visit(m.Target); break;
                case CallExpr call:
                    if (!builtins.TryGet(call.Name, out var function))
                        diagnostics.Add(new(call.NameSpan, $"unknown function '{call.Name}'{Suggestions.DidYouMean(call.Name, builtins.All.Select(f => f.Name))}", DiagnosticCodes.UnknownFunction));
                    else if (ArgumentBinder.Bind(function, [.. call.Arguments.Select(a => (a.Name, a.Value))], out _, out _) is { } problem)
                        diagnostics.Add(new(call.Span, problem, DiagnosticCodes.ArgumentsDoNotMatch));
                    foreach (var a in call.Arguments) Visit(a.Value);
                    break;
            }
        }
    }
}
