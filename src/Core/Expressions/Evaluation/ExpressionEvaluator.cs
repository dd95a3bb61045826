using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// Evaluates a parsed expression exactly against named values. Errors surface as
/// <see cref="EvaluationFailure"/> carrying the span of the innermost node that failed.
/// </summary>
public sealed class ExpressionEvaluator(BuiltinRegistry builtins)
{
    /// <param name="observer">Told of every builtin call (null: nobody is watching, the usual case).</param>
    public Value Evaluate(Expr expr, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer = null)
    {
        try
        {
            return Eval(expr, scope, observer);
        }
        catch (EvaluationException e)
        {
            throw new EvaluationFailure(expr.Span, e.Message);
        }
    }

    private Value Eval(Expr expr, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        try
        {
            return expr switch
            {
                NumberLiteral n => Value.Of(n.Value),
                StringLiteral s => Value.Of(s.Value),
                BoolLiteral b => Value.Of(b.Value),
                NoneLiteral => NoneValue.Instance,
                Identifier id => scope.TryGetValue(id.Name, out var v) ? v : throw new EvaluationException($"'{id.Name}' is not defined"),
                ListExpr list => new ListValue([.. list.Items.Select(i => Eval(i, scope, observer))]),
                UnaryExpr u => Unary(u.Operator, Eval(u.Operand, scope, observer)),
                BinaryExpr { Operator: BinaryOperator.And } b => Value.Of(Eval(b.Left, scope, observer).AsBool("'and'") && Eval(b.Right, scope, observer).AsBool("'and'")),
                BinaryExpr { Operator: BinaryOperator.Or } b => Value.Of(Eval(b.Left, scope, observer).AsBool("'or'") || Eval(b.Right, scope, observer).AsBool("'or'")),
                BinaryExpr b => ValueOperators.Binary(b.Operator, Eval(b.Left, scope, observer), Eval(b.Right, scope, observer)),
                ConditionalExpr c => Eval(c.Condition, scope, observer).AsBool("the condition of '?:'") ? Eval(c.Then, scope, observer) : Eval(c.Otherwise, scope, observer),
                CallExpr call => Call(call, scope, observer),
                IndexExpr index => ValueOperators.Index(Eval(index.Target, scope, observer), [.. index.Indices.Select(i => Eval(i, scope, observer).AsInt("an index"))]),
                MemberExpr member => Member(Eval(member.Target, scope, observer), member.Member),
                _ => throw new EvaluationException($"cannot evaluate {expr.GetType().Name}"),
            };
        }
        catch (EvaluationException e)
        {
            throw new EvaluationFailure(expr is CallExpr c ? c.Span : expr.Span, e.Message);
        }
        catch (DivideByZeroException e)
        {
            throw new EvaluationFailure(expr.Span, e.Message);
        }
    }

    private static Value Unary(UnaryOperator op, Value operand) => op switch
    {
        UnaryOperator.Not => Value.Of(!operand.AsBool("'not'")),
        UnaryOperator.Plus => ValueOperators.Binary(BinaryOperator.Add, Value.Of(0), operand),
        _ => ValueOperators.Binary(BinaryOperator.Subtract, Value.Of(0), operand),
    };

    private static Value Member(Value target, string name) => target switch
    {
        RecordValue r => r[name],
        _ => throw new EvaluationException($"'.{name}' needs a record, got {target.Describe()}"),
    };

    private Value Call(CallExpr call, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        if (!builtins.TryGet(call.Name, out var function))
            throw new EvaluationException($"unknown function '{call.Name}'");
        var arguments = call.Arguments.Select(a => (a.Name, Eval(a.Value, scope, observer))).ToList();
        var problem = ArgumentBinder.Bind(function, arguments, out var bound, out var rest);
        if (problem is not null) throw new EvaluationException(problem);
        foreach (var p in function.Parameters)
            if (!bound.ContainsKey(p.Name)) bound[p.Name] = p.Default!;
        var args = new BuiltinArguments(function, bound, rest);
        var result = function.Body(args);
        observer?.Called(call, args, result);
        return result;
    }
}
