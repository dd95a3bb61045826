using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>Applying a scalar function to a number, or to every cell of a tensor (or numeric list).</summary>
public static class Elementwise
{
    public static Value Apply(Value value, string what, Func<Number, Number> f) => value switch
    {
        NumberValue n => new NumberValue(f(n.Number)),
        TensorValue or ListValue => new TensorValue(value.AsTensor(what).Map(f)),
        _ => throw new EvaluationException($"{what} must be a number or a tensor, got {value.Describe()}"),
    };

    /// <summary>Every number in the arguments, in order: numbers, lists and tensors flattened.</summary>
    public static IEnumerable<Number> Flatten(IEnumerable<Value> values, string what)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case NumberValue n:
                    yield return n.Number;
                    break;
                case TensorValue t:
                    foreach (var x in t.Tensor.Values) yield return x;
                    break;
                case ListValue l:
                    foreach (var x in Flatten(l.Items, what)) yield return x;
                    break;
                default:
                    throw new EvaluationException($"{what}: expects numbers, lists and tensors, got {value.Describe()}");
            }
        }
    }
}
