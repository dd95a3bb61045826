using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DeepExam.Text.Scripting;

/// <summary>
/// A template value as exercise text sees it. The text language (Scriban) knows .NET numbers, strings
/// and lists; ours are exact rationals, tensors and records, so each is handed to it in a wrapper that
/// keeps the value itself: arithmetic and comparisons go through the expression language's own
/// operators (<see cref="ValueOperators"/>, so 1/3 + 1/6 is 1/2 in text as in answers), the text shows
/// the value's canonical form (as <see cref="Value.ToString"/>), and functions called from text get the
/// value back unchanged. A wrapper exposes nothing of .NET: records show their fields, lists and
/// tensors their items, and that is all a template can reach.
/// </summary>
public abstract class ScriptValue : IScriptCustomType
{
    public abstract Value Value { get; }

    public string TypeName => Value.Describe();

    public override string ToString() => Value.ToString();

    public bool TryEvaluate(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, SourceSpan leftSpan, object? leftValue,
        SourceSpan rightSpan, object? rightValue, out object? result)
    {
        result = null;
        // "a" + x is text: the language joins strings itself, showing the value as it shows it anywhere.
        if (leftValue is string || rightValue is string) return false;
        if (Operator(op) is not { } binary) throw new ScriptRuntimeException(span, $"'{op}' cannot be used on {Value.Describe()} in text");
        try
        {
            result = ScriptValues.ToScript(ValueOperators.Binary(binary, ScriptValues.ToValue(leftValue), ScriptValues.ToValue(rightValue)));
            return true;
        }
        catch (EvaluationException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public bool TryEvaluate(TemplateContext context, SourceSpan span, ScriptUnaryOperator op, object rightValue, out object result)
    {
        try
        {
            var value = ScriptValues.ToValue(rightValue);
            result = op switch
            {
                ScriptUnaryOperator.Negate => ScriptValues.ToScript(ValueOperators.Binary(BinaryOperator.Subtract, Value.Of(0), value))!,
                ScriptUnaryOperator.Plus => this,
                _ => throw new ScriptRuntimeException(span, $"'{op}' cannot be used on {value.Describe()} in text"),
            };
            return true;
        }
        catch (EvaluationException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public bool TryConvertTo(TemplateContext context, SourceSpan span, Type type, out object value)
    {
        value = null!;
        return false;
    }

    private static BinaryOperator? Operator(ScriptBinaryOperator op) => op switch
    {
        ScriptBinaryOperator.Add => BinaryOperator.Add,
        ScriptBinaryOperator.Subtract => BinaryOperator.Subtract,
        ScriptBinaryOperator.Multiply => BinaryOperator.Multiply,
        ScriptBinaryOperator.Divide => BinaryOperator.Divide,
        ScriptBinaryOperator.DivideRound => BinaryOperator.FloorDivide,
        ScriptBinaryOperator.Modulus => BinaryOperator.Modulo,
        ScriptBinaryOperator.Power => BinaryOperator.Power,
        ScriptBinaryOperator.CompareEqual => BinaryOperator.Equal,
        ScriptBinaryOperator.CompareNotEqual => BinaryOperator.NotEqual,
        ScriptBinaryOperator.CompareLess => BinaryOperator.Less,
        ScriptBinaryOperator.CompareLessOrEqual => BinaryOperator.LessOrEqual,
        ScriptBinaryOperator.CompareGreater => BinaryOperator.Greater,
        ScriptBinaryOperator.CompareGreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };
}
