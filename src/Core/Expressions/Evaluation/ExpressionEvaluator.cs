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
    public Value Evaluate(Expr expr, IReadOnlyDictionary<string, Value> scope)
    {
        try
        {
            return Eval(expr, scope);
        }
        catch (EvaluationException e)
        {
            throw new EvaluationFailure(expr.Span, e.Message);
        }
    }

    private Value Eval(Expr expr, IReadOnlyDictionary<string, Value> scope)
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
                ListExpr list => new ListValue([.. list.Items.Select(i => Eval(i, scope))]),
                UnaryExpr u => Unary(u.Operator, Eval(u.Operand, scope)),
                BinaryExpr { Operator: BinaryOperator.And } b => Value.Of(Eval(b.Left, scope).AsBool("'and'") && Eval(b.Right, scope).AsBool("'and'")),
                BinaryExpr { Operator: BinaryOperator.Or } b => Value.Of(Eval(b.Left, scope).AsBool("'or'") || Eval(b.Right, scope).AsBool("'or'")),
                BinaryExpr b => ValueOperators.Binary(b.Operator, Eval(b.Left, scope), Eval(b.Right, scope)),
                ConditionalExpr c => Eval(c.Condition, scope).AsBool("the condition of '?:'") ? Eval(c.Then, scope) : Eval(c.Otherwise, scope),
                CallExpr call => Call(call, scope),
                IndexExpr index => ValueOperators.Index(Eval(index.Target, scope), [.. index.Indices.Select(i => Eval(i, scope).AsInt("an index"))]),
                MemberExpr member => Member(Eval(member.Target, scope), member.Member),
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

    private Value Call(CallExpr call, IReadOnlyDictionary<string, Value> scope)
    {
        if (!builtins.TryGet(call.Name, out var function))
            throw new EvaluationException($"unknown function '{call.Name}'");
        var arguments = call.Arguments.Select(a => (a.Name, Eval(a.Value, scope))).ToList();
        var problem = ArgumentBinder.Bind(function, arguments, out var bound, out var rest);
        if (problem is not null) throw new EvaluationException(problem);
        foreach (var p in function.Parameters)
            if (!bound.ContainsKey(p.Name)) bound[p.Name] = p.Default!;
        return function.Body(new BuiltinArguments(function, bound, rest));
    }
}
