using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>
/// Makes every failure of a builtin an evaluation error that names it, and keeps numbers that are not finite out
/// of evaluation. The algorithms describe a problem in their own terms ("kernel [3, 3] does not fit input [2, 2]")
/// without knowing which builtin called them, and a double can overflow anywhere in them; the registry wraps every
/// body in <see cref="Wrap"/>, so no builtin can forget either.
/// </summary>
internal static class BuiltinGuard
{
    public static Func<BuiltinArguments, Value> Wrap(string name, Func<BuiltinArguments, Value> body) => a =>
    {
        CheckArguments(a);
        Value result;
        try
        {
            result = body(a);
        }
        catch (EvaluationException e)
        {
            if (e.Message.StartsWith(name + ": ", StringComparison.Ordinal)) throw;
            throw new EvaluationException($"{name}: {e.Message}");
        }
        catch (DivideByZeroException e)
        {
            throw new EvaluationException($"{name}: {e.Message}");
        }
        // Math.Sign of a NaN, a BigInteger or decimal made from an infinity: a double overflowed along the way.
        catch (ArithmeticException)
        {
            throw new EvaluationException($"{name}: a value on the way to the result is too large to represent (overflow)");
        }
        if (!result.IsExact && NonFinite(result) is { } bad)
            throw new EvaluationException(double.IsNaN(bad)
                ? $"{name}: the result is not a number (a value on the way to it overflowed)"
                : $"{name}: the result is too large to represent (overflow)");
        return result;
    };

    /// <summary>
    /// Evaluation never makes a number that is not finite, but a caller outside it could pass one; the message then
    /// says which argument, rather than letting it surface as an overflow somewhere inside.
    /// </summary>
    private static void CheckArguments(BuiltinArguments a)
    {
        var parameters = a.Function.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            // By position: every call checks every argument, and looking each up by name compared strings for each.
            var value = a.At(i);
            if (!value.IsExact && NonFinite(value) is { } bad)
                throw new EvaluationException($"{a.Function.ArgumentLabel(parameters[i].Name)} holds {Describe(bad)}");
        }
        foreach (var value in a.Rest)
            if (!value.IsExact && NonFinite(value) is { } bad)
                throw new EvaluationException($"{a.Function.Name}: an argument holds {Describe(bad)}");
    }

    private static string Describe(double bad) => double.IsNaN(bad) ? "a value that is not a number" : "an infinite value";

    /// <summary>The first number in <paramref name="value"/> that is not finite, or null.</summary>
    private static double? NonFinite(Value value)
    {
        switch (value)
        {
            case NumberValue { Number: var n }:
                return n.IsFinite ? null : n.ToDouble();
            case TensorValue { Tensor: var t }:
                if (t.IsFinite) return null;
                foreach (var x in t.Values)
                    if (!x.IsFinite) return x.ToDouble();
                return null;
            case ListValue l:
                foreach (var item in l.Items)
                    if (NonFinite(item) is { } bad) return bad;
                return null;
            case RecordValue r:
                foreach (var field in r.Fields)
                    if (NonFinite(field.Value) is { } bad) return bad;
                return null;
            default:
                return null;
        }
    }
}
