using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// The algorithm classes describe a problem in terms of their own operands ("kernel [3, 3] does not
/// fit input [2, 2] with padding 0") without knowing which builtin called them; this puts the builtin's
/// name in front, as <see cref="BuiltinArguments"/> already does for argument errors.
/// </summary>
public static class BuiltinErrors
{
    public static Func<BuiltinArguments, Value> Named(Func<BuiltinArguments, Value> body) => a =>
    {
        try
        {
            return body(a);
        }
        catch (EvaluationException e) when (!e.Message.StartsWith(a.Function.Name + ": ", StringComparison.Ordinal))
        {
            throw new EvaluationException(a.Function.Name + ": " + e.Message);
        }
        catch (DivideByZeroException e)
        {
            throw new EvaluationException(a.Function.Name + ": " + e.Message);
        }
    };
}
