using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// Evaluates a parsed expression exactly against named values. Errors surface as an
/// <see cref="EvaluationException"/> located at the span of the innermost node that failed.
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
        catch (EvaluationException e) when (e.Span is null)
        {
            throw e.At(expr.Span);
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
                ListExpr list => List(list, scope, observer),
                UnaryExpr u => Unary(u.Operator, Eval(u.Operand, scope, observer)),
                BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } b => Logical(b, scope, observer),
                BinaryExpr b => ValueOperators.Binary(b.Operator, Eval(b.Left, scope, observer), Eval(b.Right, scope, observer)),
                ConditionalExpr c => Eval(c.Condition, scope, observer).AsBool("the condition of '?:'") ? Eval(c.Then, scope, observer) : Eval(c.Otherwise, scope, observer),
                CallExpr call => Call(call, scope, observer),
                IndexExpr index => Index(index, scope, observer),
                SliceExpr => throw new EvaluationException("a slice a:b belongs between the brackets of an index, as in x[1:3]"),
                MemberExpr member => Member(Eval(member.Target, scope, observer), member.Member),
                _ => throw new EvaluationException($"cannot evaluate {expr.GetType().Name}"),
            };
        }
        // Only an error not yet located: one located deeper keeps the innermost node's place on its way out.
        catch (EvaluationException e) when (e.Span is null)
        {
            throw e.At(expr.Span);
        }
        catch (DivideByZeroException e)
        {
            throw new EvaluationException(e.Message).At(expr.Span);
        }
    }

    /// <summary>
    /// Evaluates the arguments straight into the parameters' slots. Anything unusual (a name given twice,
    /// a missing argument) goes through <see cref="ArgumentBinder"/> for its message.
    /// </summary>
    private BuiltinArguments Bind(Builtins.BuiltinFunction function, CallExpr call, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        var parameters = function.Parameters;
        if (function.Variadic)
        {
            var rest = new List<Value>(call.Arguments.Length);
            foreach (var a in call.Arguments)
            {
                if (a.Name is not null) break;
                rest.Add(Eval(a.Value, scope, observer));
            }
            if (rest.Count == call.Arguments.Length && rest.Count > 0) return new BuiltinArguments(function, [], rest);
            throw new EvaluationException(ArgumentBinder.Bind(function, [.. call.Arguments.Select(a => (a.Name, 0))], out _, out _)!);
        }
        var slots = new Value?[parameters.Length];
        var positional = 0;
        var problem = false;
        foreach (var a in call.Arguments)
        {
            var slot = a.Name is null ? positional++ : IndexOf(parameters, a.Name);
            if (slot < 0 || slot >= slots.Length || slots[slot] is not null) { problem = true; break; }
            slots[slot] = Eval(a.Value, scope, observer);
        }
        for (var i = 0; !problem && i < slots.Length; i++)
        {
            if (slots[i] is not null) continue;
            if (parameters[i].IsOptional) slots[i] = parameters[i].Default;
            else problem = true;
        }
        if (problem)
            throw new EvaluationException(ArgumentBinder.Bind(function, [.. call.Arguments.Select(a => (a.Name, 0))], out _, out _)
                ?? $"{function.Name}: the arguments do not match {function.Signature}");
        return new BuiltinArguments(function, slots!, []);
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<Builtins.BuiltinParameter> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
            if (string.Equals(parameters[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    // Loops rather than lambdas: a lambda capturing scope would make every Eval call allocate its closure.
    private ListValue List(ListExpr list, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        var items = new Value[list.Items.Length];
        for (var i = 0; i < items.Length; i++) items[i] = Eval(list.Items[i], scope, observer);
        return new ListValue(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));
    }

    /// <summary>
    /// <c>and</c>/<c>or</c>: a boolean left side that decides the result alone skips the right side, as it always has
    /// (<c>x != 0 and 1 / x &gt; 2</c>); masks are joined cell by cell.
    /// </summary>
    private Value Logical(BinaryExpr b, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        var left = Eval(b.Left, scope, observer);
        switch (left)
        {
            case BoolValue { Value: false } when b.Operator == BinaryOperator.And:
            case BoolValue { Value: true } when b.Operator == BinaryOperator.Or:
                return left;
            case BoolValue or TensorValue or ListValue:
                return ValueOperators.Logical(b.Operator, left, Eval(b.Right, scope, observer));
            default:
                left.AsBool($"'{OperatorText.Of(b.Operator)}'");
                return left;
        }
    }

    private Value Index(IndexExpr index, IReadOnlyDictionary<string, Value> scope, ICallObserver? observer)
    {
        var target = Eval(index.Target, scope, observer);
        var sliced = false;
        foreach (var i in index.Indices) sliced |= i is SliceExpr;
        if (!sliced)
        {
            var indices = new int[index.Indices.Length];
            for (var i = 0; i < indices.Length; i++) indices[i] = Eval(index.Indices[i], scope, observer).AsInt("an index");
            return ValueOperators.Index(target, indices);
        }
        var selectors = new IndexSelector[index.Indices.Length];
        for (var i = 0; i < selectors.Length; i++)
            selectors[i] = index.Indices[i] is SliceExpr slice
                ? IndexSelector.Slice(Bound(slice.Start, "a slice's start"), Bound(slice.Stop, "a slice's end"), Bound(slice.Step, "a slice's step"))
                : IndexSelector.At(Eval(index.Indices[i], scope, observer).AsInt("an index"));
        return ValueOperators.Index(target, selectors);

        int? Bound(Expr? bound, string what) => bound is null ? null : Eval(bound, scope, observer).AsInt(what);
    }

    private static Value Unary(UnaryOperator op, Value operand) => op switch
    {
        UnaryOperator.Not => ValueOperators.Not(operand),
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
        var args = Bind(function, call, scope, observer);
        var result = function.Body(args);
        observer?.Called(call, args, result);
        return result;
    }
}
