using DeepExam.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Solving;

/// <summary>
/// Brings a computed answer into the canonical form of its kind (a shape is a list of integers, a
/// matrix a rank-2 tensor) and reports a template whose answer does not fit the kind it declares.
/// </summary>
public static class AnswerShape
{
    public static Value Normalize(AnswerKind kind, Value value)
    {
        switch (kind)
        {
            case AnswerKind.Integer when value is NumberValue { Number.IsInteger: true }:
                return value;
            case AnswerKind.Integer:
                throw new EvaluationException($"the answer is declared integer but is {Show(value)}");
            case AnswerKind.Exact when value is NumberValue { Number.IsExact: true }:
                return value;
            case AnswerKind.Exact:
                throw new EvaluationException($"the answer is declared exact but is {Show(value)}; use kind 'approx' for results of exp, log, sigmoid, tanh or softmax");
            case AnswerKind.Approximate when value is NumberValue:
                return value;
            case AnswerKind.Shape:
                return Value.Shape(value.AsIntList("a shape answer"));
            case AnswerKind.Tuple:
                return value switch
                {
                    ListValue l when l.Items.All(i => i is NumberValue) => value,
                    TensorValue { Tensor.Rank: 1 } t => Value.List(t.Tensor.Values.Select(Value.Of)),
                    _ => throw new EvaluationException($"the answer is declared tuple but is {Show(value)}"),
                };
            case AnswerKind.Vector:
                return Value.Of(value.AsTensor(1, "a vector answer"));
            case AnswerKind.Matrix:
                return Value.Of(value.AsTensor(2, "a matrix answer"));
            case AnswerKind.Tensor:
                return Value.Of(value.AsTensor("a tensor answer"));
            case AnswerKind.TrueFalse when value is BoolValue:
                return value;
            case AnswerKind.Choice or AnswerKind.MultipleChoice:
                return value;
            default:
                throw new EvaluationException($"the answer is declared {AnswerKinds.NameOf(kind)} but is {Show(value)}");
        }
    }

    private static string Show(Value value) => value is NumberValue ? value.ToString() : value.Describe();
}
